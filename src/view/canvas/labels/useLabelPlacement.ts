import type { Core, StylesheetJsonBlock } from 'cytoscape';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { createAfterPaint } from './afterPaint';
import type { PassMemo } from './labelPass';
import { getLabelReport, setLabelPlacer, setLabelReport } from './labelReport';

/** The placement itself, loaded after the first frame (it is not needed to paint the graph). */
type LabelEngine = typeof import('./labelPass');

/** Quiet time after the last pan, zoom or animation frame before labels are placed again, ms. */
const SETTLE_MS = 120;

export interface LabelPlacementInput {
  /** The base stylesheet in force (screen or presentation); label rules are appended to it. */
  base: StylesheetJsonBlock[];
  /** False while the level of detail draws no labels (a big graph zoomed out): no pass, no labels. */
  enabled: boolean;
  presenting: boolean;
  /** Forced labels with their tier (0: what the view is about; 1: its company). */
  forced: ReadonlyMap<string, number>;
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
 * Owns label drawing: after every change of view state (once its highlight is painted) and every
 * pan, zoom, layout or resize (once things settle), reads Cytoscape's label boxes, places labels
 * greedily and applies the result as classes. Keeps the label stylesheet in step with the zoom (screen-constant sizes).
 */
export const useLabelPlacement = (cy: Core | null, input: LabelPlacementInput): void => {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const engine = useRef<LabelEngine | null>(null);
  const memo = useRef<PassMemo>({ styleKey: '', previous: new Map(), passes: 0 });

  // A change of view state (a tap, a step) paints its highlight first; its labels are placed
  // just after that frame, so the highlight never waits for the label pass.
  const [afterPaint] = useState(createAfterPaint);
  useEffect(() => afterPaint.cancel, [afterPaint]);

  const pass = useEffectEvent(() => {
    if (!cy || cy.destroyed() || !engine.current) return;
    afterPaint.cancel();
    engine.current.runLabelPass(cy, input, memo.current);
  });

  useEffect(() => {
    if (!cy) return undefined;
    // A zoom gesture fires a viewport event per frame: the pass (a restyle when the zoom changed,
    // then reading every label box) runs once, in the first frame after the gesture has been quiet
    // for SETTLE_MS, and nothing else happens per event (the report is marked pending once).
    let frame = 0;
    let lastEvent = 0;
    const run = () => {
      const quiet = performance.now() - lastEvent;
      if (quiet < SETTLE_MS || cy.animated()) {
        timer.current = setTimeout(run, Math.max(16, SETTLE_MS - quiet));
        return;
      }
      timer.current = undefined;
      frame = requestAnimationFrame(() => {
        frame = 0;
        pass();
      });
    };
    const schedule = () => {
      lastEvent = performance.now();
      if (timer.current !== undefined || frame !== 0) return;
      if (!getLabelReport().pending) setLabelReport({ pending: true, callouts: [] });
      timer.current = setTimeout(run, SETTLE_MS);
    };
    cy.on('viewport resize layoutstop', schedule);
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      cancelAnimationFrame(frame);
      cy.removeListener('viewport resize layoutstop', schedule);
    };
  }, [cy]);

  const { base, enabled, presenting, forced, selected, ranks, edgeLabels, density, followZoom, version } =
    input;
  useEffect(() => {
    if (!cy) return undefined;
    setLabelPlacer(() => pass());
    return () => setLabelPlacer(null);
  }, [cy]);

  // The first pass waits for the first frame (the graph paints first, its labels a frame later)
  // and for the placement's code, fetched meanwhile.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!cy) return undefined;
    let frame = 0;
    let live = true;
    const painted = new Promise<void>((resolve) => {
      const onRender = () => (frame = requestAnimationFrame(() => resolve()));
      cy.one('render', onRender);
    });
    void Promise.all([import('./labelPass'), painted]).then(([loaded]) => {
      if (!live) return;
      engine.current = loaded;
      setReady(true);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [cy]);
  useEffect(() => {
    if (!cy || !ready) return;
    // A base stylesheet swap (presentation) drops the label rules: apply them again.
    memo.current.styleKey = '';
    pass();
  }, [cy, ready, base, enabled, presenting]);
  useEffect(() => {
    if (!cy || !ready) return;
    if (cy.animated()) return; // the pass after the animation settles will see the final frame
    if (!getLabelReport().pending) setLabelReport({ pending: true });
    afterPaint.schedule(() => pass());
  }, [cy, ready, afterPaint, forced, selected, ranks, edgeLabels, density, followZoom, version]);
};
