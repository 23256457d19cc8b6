import type { Core, StylesheetJsonBlock } from 'cytoscape';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { applyPlacement } from './applyPlacement';
import { labelFrame } from './labelFrame';
import { setLabelPlacer, setLabelReport } from './labelReport';
import { labelStylesheet, PROJECTOR_SIZES, quantizeZoom, SCREEN_SIZES, screenScale } from './labelStyle';
import { byPriority, placeLabels } from './placeLabels';
import { readCandidates } from './readCandidates';

/** Density 1…5: the cell that may hold one unforced label, and the free space kept around labels. */
const DENSITY_CELL = [0, 180, 130, 92, 66, 0] as const;
const DENSITY_PADDING = [0, 8, 6, 4, 3, 2] as const;
/** Quiet time after the last pan, zoom or animation frame before labels are placed again, ms. */
const SETTLE_MS = 120;

export interface LabelPlacementInput {
  /** The base stylesheet in force (screen or presentation); label rules are appended to it. */
  base: StylesheetJsonBlock[];
  presenting: boolean;
  forced: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  ranks: ReadonlyMap<string, number>;
  /** Whether relation labels may be drawn (something is selected, focused or spotlighted). */
  edgeLabels: boolean;
  density: number;
  followZoom: boolean;
  /** Anything else that changes what is drawn (visibility, emphasis): a new value re-places. */
  version: unknown;
}

/**
 * Owns label drawing: after every change of view state (at once) and every pan, zoom, layout or
 * resize (once things settle), reads Cytoscape's label boxes, places labels greedily and applies
 * the result as classes. Keeps the label stylesheet in step with the zoom (screen-constant sizes).
 */
export const useLabelPlacement = (cy: Core | null, input: LabelPlacementInput): void => {
  const styleKey = useRef('');
  const previous = useRef<ReadonlyMap<string, number>>(new Map());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const passes = useRef(0);

  const pass = useEffectEvent(() => {
    if (!cy || cy.destroyed()) return;
    const started = performance.now();
    const zoom = quantizeZoom(cy.zoom());
    const scale = screenScale(cy.zoom(), input.followZoom, 1);
    const sizes = input.presenting ? PROJECTOR_SIZES : SCREEN_SIZES;
    const key = `${zoom}|${scale}|${input.presenting}`;
    if (key !== styleKey.current) {
      styleKey.current = key;
      cy.style()
        .fromJson([...input.base, ...labelStylesheet(zoom, sizes, scale)])
        .update();
    }
    const { nodes, edges } = readCandidates(cy, {
      forced: input.forced,
      ranks: input.ranks,
      selected: input.selected,
      scale,
      edgeLabels: input.edgeLabels,
    });
    const { frame, blocked } = labelFrame(cy);
    const density = Math.min(5, Math.max(1, input.density));
    const placing = performance.now();
    const placement = placeLabels(nodes, edges, {
      frame,
      blocked,
      padding: DENSITY_PADDING[density]!,
      cell: DENSITY_CELL[density]!,
      previous: previous.current,
    });
    const placeMs = performance.now() - placing;
    const { callouts } = applyPlacement(cy, placement, [...nodes].sort(byPriority), frame);

    previous.current = placement.nodes;
    passes.current += 1;
    setLabelReport({
      passes: passes.current,
      zoom: cy.zoom(),
      lastMs: performance.now() - started,
      placeMs,
      nodes: placement.nodes.size,
      edges: placement.edges.size,
      forced: input.forced.size,
      unplaced: placement.unplaced,
      callouts,
      pending: false,
    });
  });

  useEffect(() => {
    if (!cy) return undefined;
    const schedule = () => {
      clearTimeout(timer.current);
      setLabelReport({ pending: true, callouts: [] });
      timer.current = setTimeout(pass, SETTLE_MS);
    };
    cy.on('viewport resize layoutstop', schedule);
    return () => {
      clearTimeout(timer.current);
      cy.removeListener('viewport resize layoutstop', schedule);
    };
  }, [cy]);

  const { base, presenting, forced, selected, ranks, edgeLabels, density, followZoom, version } = input;
  useEffect(() => {
    if (!cy) return undefined;
    setLabelPlacer(() => pass());
    return () => setLabelPlacer(null);
  }, [cy]);

  // The first pass waits for the first frame (the graph paints first, its labels a frame later).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!cy) return undefined;
    let frame = 0;
    const onRender = () => (frame = requestAnimationFrame(() => setReady(true)));
    cy.one('render', onRender);
    return () => {
      cy.removeListener('render', onRender);
      cancelAnimationFrame(frame);
    };
  }, [cy]);
  useEffect(() => {
    if (!cy || !ready) return;
    // A base stylesheet swap (presentation) drops the label rules: apply them again.
    styleKey.current = '';
    pass();
  }, [cy, ready, base, presenting]);
  useEffect(() => {
    if (!cy || !ready) return;
    if (cy.animated()) return; // the pass after the animation settles will see the final frame
    pass();
  }, [cy, ready, forced, selected, ranks, edgeLabels, density, followZoom, version]);
};
