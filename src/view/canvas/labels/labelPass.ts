import type { Core } from 'cytoscape';
import { applyPlacement } from './applyPlacement';
import { labelFrame } from './labelFrame';
import { setLabelReport } from './labelReport';
import { labelStylesheet, PROJECTOR_SIZES, quantizeZoom, SCREEN_SIZES, screenScale } from './labelStyle';
import { byPriority, placeLabels } from './placeLabels';
import { readCandidates } from './readCandidates';
import type { LabelPlacementInput } from './useLabelPlacement';

/** Density 1…5: the cell that may hold one unforced label, and the free space kept around labels. */
const DENSITY_CELL = [0, 180, 130, 92, 66, 0] as const;
const DENSITY_PADDING = [0, 8, 6, 4, 3, 2] as const;

const NO_LABELS = { nodes: new Map<string, number>(), edges: new Set<string>(), unplaced: [] };
const IDLE_REPORT = { placeMs: 0, nodes: 0, edges: 0, forced: 0, unplaced: [], callouts: [], pending: false };

const APPLIED = '_labelStyle';
interface AppliedLabelStyle {
  /** The (quantised) zoom the label rules are sized for, and their smallest font, px on screen. */
  zoom: number;
  min: number;
}

/**
 * How much bigger a label will be on screen, once placed, than Cytoscape draws it now: the label
 * rules lag a camera jump or a switch to presenting by one pass, so boxes read now are rescaled.
 */
export const labelSizeFactor = (cy: Core, presenting: boolean): number => {
  const applied = cy.scratch(APPLIED) as AppliedLabelStyle | undefined;
  if (!applied) return 1;
  const wanted = (presenting ? PROJECTOR_SIZES : SCREEN_SIZES).min;
  return (wanted / applied.min) * (applied.zoom / cy.zoom());
};

/** What one pass leaves for the next: the label rules in force, the last placement, a count. */
export interface PassMemo {
  styleKey: string;
  previous: ReadonlyMap<string, number>;
  passes: number;
}

/**
 * One placement pass: keeps the label stylesheet in step with the zoom (a restyle only when the
 * quantised zoom changed), reads Cytoscape's label boxes, places labels greedily, applies the
 * result as classes and reports what it did (and how long it took).
 */
export const runLabelPass = (cy: Core, input: LabelPlacementInput, memo: PassMemo): void => {
  const started = performance.now();
  const zoom = quantizeZoom(cy.zoom());
  const scale = screenScale(cy.zoom(), input.followZoom, 1);
  const sizes = input.presenting ? PROJECTOR_SIZES : SCREEN_SIZES;
  const key = `${zoom}|${scale}|${input.presenting}`;
  if (key !== memo.styleKey) {
    memo.styleKey = key;
    cy.scratch(APPLIED, { zoom, min: sizes.min } satisfies AppliedLabelStyle);
    cy.style()
      .fromJson([...input.base, ...labelStylesheet(zoom, sizes, scale)])
      .update();
  }
  if (!input.enabled) {
    // Zoomed out on a big graph no label is drawn: clear the last placement once, read nothing.
    if (memo.previous.size > 0) applyPlacement(cy, NO_LABELS, [], labelFrame(cy).frame);
    memo.previous = NO_LABELS.nodes;
    setLabelReport({
      ...IDLE_REPORT,
      passes: ++memo.passes,
      zoom: cy.zoom(),
      lastMs: performance.now() - started,
    });
    return;
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
    previous: memo.previous,
  });
  const placeMs = performance.now() - placing;
  const { callouts } = applyPlacement(cy, placement, [...nodes].sort(byPriority), frame);

  memo.previous = placement.nodes;
  memo.passes += 1;
  setLabelReport({
    passes: memo.passes,
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
};
