import type { Core, SingularElementArgument } from 'cytoscape';
import { ANCHOR_MARGINS } from './labelPositions';
import { labelMetrics, type LabelSizes } from './labelStyle';

/**
 * The zoom, scale and sizes a label is drawn for. The label stylesheet sizes every label for
 * zoom 1; a shown label gets an element style of its own for the current zoom, so a
 * zoom that changes the label size restyles the few labels drawn, never the whole graph.
 */
export interface LabelSizing {
  zoom: number;
  scale: number;
  min: number;
}

/**
 * What a shown label is sized for (the sizing and its position: anchor, then callout), and the
 * minimum size the label stylesheet was built for. Kept beside Cytoscape rather than in its
 * `scratch`: setting a scratch value restyles the element, and on the core every element.
 */
type Sized = LabelSizing & { index: number };
const sized = new WeakMap<SingularElementArgument, Sized>();
const sheetMin = new WeakMap<Core, number>();
const current = new WeakMap<Core, LabelSizing>();

/** The sizing of the latest pass, for code that reads label boxes between passes. */
export const setCurrentSizing = (cy: Core, sizing: LabelSizing): void => void current.set(cy, sizing);
export const currentSizing = (cy: Core): LabelSizing | undefined => current.get(cy);

/** The properties an element's own label style sets (and clears). */
const NODE_PROPS = [
  'font-size',
  'text-max-width',
  'text-outline-width',
  'text-margin-x',
  'text-margin-y',
  'text-background-padding',
  'text-border-width',
].join(' ');
const EDGE_PROPS = 'font-size text-background-padding';

/** Records the sizes the label stylesheet was built for (at zoom 1, scale 1). */
export const setStylesheetSizes = (cy: Core, min: number): void => {
  sheetMin.set(cy, min);
};

const sizingOf = (cy: Core, ele: SingularElementArgument): LabelSizing =>
  sized.get(ele) ?? { zoom: 1, scale: 1, min: sheetMin.get(cy) ?? 1 };

/** How much larger `ele`'s label will be once sized for `now` than Cytoscape draws it at present. */
export const sizeFactor = (cy: Core, ele: SingularElementArgument, now: LabelSizing): number => {
  const was = sizingOf(cy, ele);
  return (now.min * now.scale * was.zoom) / (now.zoom * was.min * was.scale);
};

const same = (a: Sized | undefined, b: LabelSizing, index: number) =>
  !!a && a.zoom === b.zoom && a.scale === b.scale && a.min === b.min && a.index === index;

/**
 * Gives a shown label its size for `now` at position `index` (what the stylesheet's rules would
 * give it at this zoom), as an element style, and remembers what it is sized for.
 */
export const sizeLabel = (
  ele: SingularElementArgument,
  index: number,
  now: LabelSizing,
  sizes: LabelSizes,
): void => {
  if (same(sized.get(ele), now, index)) return;
  sized.set(ele, { ...now, index });
  const m = labelMetrics(now.zoom, sizes, now.scale);
  if (ele.isEdge()) {
    ele.style({ 'font-size': m.edgeFont, 'text-background-padding': m.edgePadding });
    return;
  }
  const [mx, my] = m.margins(index);
  const callout = index >= ANCHOR_MARGINS.length;
  ele.style({
    'font-size': m.font(Number(ele.data('weight')) || 0),
    'text-max-width': m.maxWidth,
    'text-outline-width': m.outline,
    'text-margin-x': mx,
    'text-margin-y': my,
    ...(callout ? { 'text-background-padding': m.calloutPadding, 'text-border-width': m.calloutBorder } : {}),
  });
};

/** Takes a label's own size away: it is drawn (hidden) at the stylesheet's size again. */
export const unsizeLabel = (ele: SingularElementArgument): void => {
  if (!sized.delete(ele)) return;
  ele.removeStyle(ele.isEdge() ? EDGE_PROPS : NODE_PROPS);
};

/** Takes every label's own size away (the stylesheet is about to change). */
export const unsizeAll = (cy: Core): void => {
  cy.batch(() => cy.elements().forEach((ele) => unsizeLabel(ele)));
};
