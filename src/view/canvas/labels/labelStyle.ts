import type { StylesheetJsonBlock } from 'cytoscape';
import { ANCHOR_MARGINS, CALLOUT_CLASSES, positionOffset } from './labelPositions';

/** Screen sizes of labels, px: a floor of 11 px on a screen, 16 px on a projector. */
export interface LabelSizes {
  min: number;
  max: number;
  edge: number;
}
export const SCREEN_SIZES: LabelSizes = { min: 11, max: 15, edge: 10 };
export const PROJECTOR_SIZES: LabelSizes = { min: 16, max: 21, edge: 14 };

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

/** Weights (evidence items) at and above this get the largest label. */
const WEIGHT_FULL = 60;

/**
 * A label's sizes in model px when drawn at `zoom` (screen px × `scale` ÷ zoom): the one rule that
 * the label stylesheet and a shown label's own style (labelSize.ts) both follow.
 */
export const labelMetrics = (zoom: number, sizes: LabelSizes, scale: number) => {
  const px = (n: number) => (n * scale) / zoom;
  return {
    fontRange: [px(sizes.min), px(sizes.max)] as const,
    font: (weight: number) =>
      px(sizes.min + ((sizes.max - sizes.min) * Math.min(WEIGHT_FULL, Math.max(0, weight))) / WEIGHT_FULL),
    maxWidth: `${px(sizes.min * 11)}px`,
    outline: px(2),
    margins: (index: number): [number, number] => positionOffset(index).map(px) as [number, number],
    edgeFont: px(sizes.edge),
    edgePadding: `${px(1)}px`,
    calloutPadding: `${px(2)}px`,
    calloutBorder: px(1),
  };
};

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
  const m = labelMetrics(zoom, sizes, scale);
  const [anchorX, anchorY] = m.margins(0);
  const rules: StylesheetJsonBlock[] = [
    {
      selector: 'node',
      style: {
        'font-size': `mapData(weight, 0, ${WEIGHT_FULL}, ${m.fontRange[0]}, ${m.fontRange[1]})`,
        'text-max-width': m.maxWidth,
        'text-margin-x': anchorX,
        'text-margin-y': anchorY,
        'text-outline-width': m.outline,
        'min-zoomed-font-size': 0,
        'text-opacity': 0,
        'z-index-compare': 'manual',
        'z-index': 2,
      },
    },
    {
      selector: 'edge',
      style: {
        'font-size': m.edgeFont,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.92,
        'text-background-padding': m.edgePadding,
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
    { selector: 'node.lbl-t', style: { 'text-valign': 'top', 'text-margin-y': m.margins(1)[1] } },
    {
      selector: 'node.lbl-r',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': m.margins(2)[1],
        'text-margin-x': m.margins(2)[0],
      },
    },
    {
      selector: 'node.lbl-l',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': m.margins(3)[1],
        'text-margin-x': m.margins(3)[0],
      },
    },
    ...CALLOUT_CLASSES.map((cls, i) => ({
      selector: `node.${cls}`,
      style: {
        'text-valign': 'center' as const,
        'text-halign': 'center' as const,
        'text-margin-x': m.margins(ANCHOR_MARGINS.length + i)[0],
        'text-margin-y': m.margins(ANCHOR_MARGINS.length + i)[1],
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': m.calloutPadding,
        'text-border-width': m.calloutBorder,
        'text-border-color': '#555555',
        'text-border-opacity': 1,
      },
    })),
  ];
  cache.set(key, rules);
  return rules;
};
