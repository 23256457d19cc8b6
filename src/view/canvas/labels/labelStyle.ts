import type { StylesheetJsonBlock } from 'cytoscape';

/** Screen sizes of labels, px: a floor of 11 px on a screen, 16 px on a projector. */
export interface LabelSizes {
  min: number;
  max: number;
  edge: number;
}
export const SCREEN_SIZES: LabelSizes = { min: 11, max: 15, edge: 10 };
export const PROJECTOR_SIZES: LabelSizes = { min: 16, max: 21, edge: 14 };

/** Where a callout sits, as an offset of the label's centre from the node's centre (screen px). */
const NEAR_CALLOUTS: readonly (readonly [number, number])[] = [
  [0, 46],
  [0, -46],
  [80, 0],
  [-80, 0],
  [70, 36],
  [-70, 36],
  [70, -36],
  [-70, -36],
  [0, 80],
  [0, -80],
  [130, 0],
  [-130, 0],
  [110, 64],
  [-110, 64],
  [110, -64],
  [-110, -64],
];

/** Two farther rings (every 30°, flattened: labels are wide), for crowded strips such as gap-map steps. */
const FAR_CALLOUTS = [1, 1.6].flatMap((r) =>
  Array.from({ length: 12 }, (_, k) => {
    const a = (k * Math.PI) / 6;
    return [Math.round(190 * r * Math.cos(a)), Math.round(72 * r * Math.sin(a))] as const;
  }),
);

/** Where a callout sits, as an offset of the label's centre from the node's centre (screen px), nearest first. */
export const CALLOUT_OFFSETS: readonly (readonly [number, number])[] = [...NEAR_CALLOUTS, ...FAR_CALLOUTS];

/** Anchor classes, in the order the placement tries them: below (no class), above, right, left. */
export const ANCHOR_CLASSES = ['', 'lbl-t', 'lbl-r', 'lbl-l'] as const;
export const CALLOUT_CLASSES = CALLOUT_OFFSETS.map((_, i) => `lbl-c${i}`);
/** Gap between a node and its label, screen px. */
export const LABEL_GAP = 3;

/** A label's offset from its node at each anchor (below, above, right, left), px at zoom 1. */
export const ANCHOR_MARGINS: readonly (readonly [number, number])[] = [
  [0, LABEL_GAP],
  [0, -LABEL_GAP],
  [LABEL_GAP + 2, 0],
  [-(LABEL_GAP + 2), 0],
];

const STEPS_PER_OCTAVE = 4;

/**
 * The zoom labels are sized for, rounded down to a quarter of an octave (labels are drawn at 1–1.19× their size), so a stylesheet update is
 * needed only when the zoom really changes, and labels are drawn at least at their size (never
 * below the floor, unlike Cytoscape's `min-zoomed-font-size`, which compares against a zoom
 * rounded up to a power of two).
 */
export const quantizeZoom = (zoom: number): number =>
  2 ** (Math.floor(Math.log2(zoom) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE);

/**
 * How big labels are on screen at `zoom`: constant by default (so zooming in spreads them
 * apart), or growing with the zoom from `reference` when labels follow the zoom.
 */
export const screenScale = (zoom: number, followZoom: boolean, reference: number): number =>
  followZoom ? Math.min(2, Math.max(1, zoom / reference)) : 1;

const cache = new Map<string, StylesheetJsonBlock[]>();

/**
 * The label rules for a zoom (appended after the base stylesheet): every label is laid out at
 * its screen size but hidden (`text-opacity: 0`, which Cytoscape skips when drawing) unless the
 * placement gives it the `lbl` class; anchors and callouts are classes too. Memoised per input.
 */
export const labelStylesheet = (zoom: number, sizes: LabelSizes, scale = 1): StylesheetJsonBlock[] => {
  const key = `${zoom}|${sizes.min}|${scale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const px = (n: number) => (n * scale) / zoom;
  const rules: StylesheetJsonBlock[] = [
    {
      selector: 'node',
      style: {
        'font-size': `mapData(weight, 0, 60, ${px(sizes.min)}, ${px(sizes.max)})`,
        'text-max-width': `${px(sizes.min * 11)}px`,
        'text-margin-x': px(ANCHOR_MARGINS[0]![0]),
        'text-margin-y': px(ANCHOR_MARGINS[0]![1]),
        'text-outline-width': px(2),
        'min-zoomed-font-size': 0,
        'text-opacity': 0,
        'z-index-compare': 'manual',
        'z-index': 2,
      },
    },
    {
      selector: 'edge',
      style: {
        'font-size': px(sizes.edge),
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.92,
        'text-background-padding': `${px(1)}px`,
        'min-zoomed-font-size': 0,
        'text-opacity': 0,
        'z-index-compare': 'manual',
        'z-index': 1,
      },
    },
    { selector: '.faded', style: { 'z-index': 0 } },
    { selector: 'edge.neighbour, edge.path, edge.selected', style: { 'z-index': 8 } },
    { selector: 'node.lbl', style: { 'text-opacity': 1, 'z-index': 4 } },
    { selector: 'node.neighbour, node.path, node.spot', style: { 'z-index': 9 } },
    { selector: 'node.selected', style: { 'z-index': 12 } },
    // Only candidate relations carry a label at all: measuring 516 labels after every zoom costs more.
    { selector: 'edge.ecand', style: { label: 'data(label)' } },
    { selector: 'edge.elbl', style: { 'text-opacity': 1 } },
    { selector: 'node.lbl-t', style: { 'text-valign': 'top', 'text-margin-y': px(ANCHOR_MARGINS[1]![1]) } },
    {
      selector: 'node.lbl-r',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': px(ANCHOR_MARGINS[2]![1]),
        'text-margin-x': px(ANCHOR_MARGINS[2]![0]),
      },
    },
    {
      selector: 'node.lbl-l',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': px(ANCHOR_MARGINS[3]![1]),
        'text-margin-x': px(ANCHOR_MARGINS[3]![0]),
      },
    },
    ...CALLOUT_OFFSETS.map(([dx, dy], i) => ({
      selector: `node.lbl-c${i}`,
      style: {
        'text-valign': 'center' as const,
        'text-halign': 'center' as const,
        'text-margin-x': px(dx),
        'text-margin-y': px(dy),
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': `${px(2)}px`,
        'text-border-width': px(1),
        'text-border-color': '#555555',
        'text-border-opacity': 1,
      },
    })),
  ];
  cache.set(key, rules);
  return rules;
};
