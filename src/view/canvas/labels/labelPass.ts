import type { Core, SingularElementArgument } from 'cytoscape';
import { applyPlacement } from './applyPlacement';
import { labelFrame } from './labelFrame';
import { setLabelReport } from './labelReport';
import {
  currentSizing,
  setCurrentSizing,
  setStylesheetSizes,
  sizeFactor,
  sizeLabel,
  unsizeAll,
  type LabelSizing,
} from './labelSize';
import { labelStylesheet, PROJECTOR_SIZES, quantizeZoom, SCREEN_SIZES, screenScale } from './labelStyle';
import { byPriority, placeLabels } from './placeLabels';
import { readCandidates } from './readCandidates';
import type { LabelPlacementInput } from './useLabelPlacement';

/** Density 1…5: the cell that may hold one unforced label, and the free space kept around labels. */
const DENSITY_CELL = [0, 180, 130, 92, 66, 0] as const;
const DENSITY_PADDING = [0, 8, 6, 4, 3, 2] as const;

const NO_LABELS = { nodes: new Map<string, number>(), edges: new Set<string>(), unplaced: [] };
const IDLE_REPORT = { placeMs: 0, nodes: 0, edges: 0, forced: 0, unplaced: [], callouts: [], pending: false };

/**
 * How much bigger `ele`'s label will be on screen, once placed, than Cytoscape draws it now: a
 * label is drawn at the stylesheet's size (zoom 1) until it is shown, and a shown one lags a
 * camera jump or a switch to presenting by one pass, so boxes read now are rescaled.
 */
export const labelSizeFactor = (cy: Core, ele: SingularElementArgument, presenting: boolean): number => {
  const current = currentSizing(cy);
  const min = (presenting ? PROJECTOR_SIZES : SCREEN_SIZES).min;
  const now = { zoom: cy.zoom(), scale: current?.scale ?? 1, min };
  return sizeFactor(cy, ele, now);
};

/** What one pass leaves for the next: the label rules in force, the last placement, a count. */
export interface PassMemo {
  styleKey: string;
  previous: ReadonlyMap<string, number>;
  passes: number;
}

/**
 * One placement pass: sizes the labels that matter for the (quantised) zoom, reads Cytoscape's
 * label boxes, places labels greedily, applies the result as classes and element styles, and
 * reports what it did (and how long it took).
 */
export const runLabelPass = (cy: Core, input: LabelPlacementInput, memo: PassMemo): void => {
  const started = performance.now();
  const sizes = input.presenting ? PROJECTOR_SIZES : SCREEN_SIZES;
  const sizing: LabelSizing = {
    zoom: quantizeZoom(cy.zoom()),
    scale: screenScale(cy.zoom(), input.followZoom, 1),
    min: sizes.min,
  };
  setCurrentSizing(cy, sizing);
  // The label rules size every label for zoom 1; only a change of base stylesheet or of sizes
  // (presenting) restyles the graph. A zoom restyles just the labels shown (see labelSize.ts).
  const key = `${input.presenting}`;
  if (key !== memo.styleKey) {
    memo.styleKey = key;
    unsizeAll(cy);
    setStylesheetSizes(cy, sizes.min);
    cy.style()
      .fromJson([...input.base, ...labelStylesheet(1, sizes, 1)])
      .update();
  }
  if (!input.enabled) {
    // Zoomed out on a big graph no label is drawn: clear the last placement once, read nothing.
    if (memo.previous.size > 0) applyPlacement(cy, NO_LABELS, [], labelFrame(cy).frame, [], sizing, sizes);
    memo.previous = NO_LABELS.nodes;
    setLabelReport({
      ...IDLE_REPORT,
      passes: ++memo.passes,
      zoom: cy.zoom(),
      lastMs: performance.now() - started,
    });
    return;
  }
  // Forced labels are few and must fit: size them before reading, so their boxes are Cytoscape's
  // own rather than scaled estimates (text wraps and rounds a little differently at other sizes).
  cy.batch(() => {
    for (const id of input.forced.keys()) {
      const n = cy.getElementById(id);
      if (n.nonempty() && n.isNode()) sizeLabel(n, memo.previous.get(id) ?? 0, sizing, sizes);
    }
  });
  const { nodes, edges } = readCandidates(cy, {
    forced: input.forced,
    ranks: input.ranks,
    selected: input.selected,
    sizing,
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
  const { callouts } = applyPlacement(
    cy,
    placement,
    [...nodes].sort(byPriority),
    frame,
    blocked,
    sizing,
    sizes,
  );

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
