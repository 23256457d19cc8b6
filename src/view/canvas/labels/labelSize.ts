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

/** What a shown label is sized for: the sizing and its position (anchor, then callout). */
const SIZED = '_labelSized';
type Sized = LabelSizing & { index: number };
const STYLESHEET = '_labelSheet';

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
  cy.scratch(STYLESHEET, min);
};

const sizingOf = (cy: Core, ele: SingularElementArgument): LabelSizing =>
  (ele.scratch(SIZED) as LabelSizing | undefined) ?? {
    zoom: 1,
    scale: 1,
    min: (cy.scratch(STYLESHEET) as number | undefined) ?? 1,
  };

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
  if (same(ele.scratch(SIZED) as Sized | undefined, now, index)) return;
  ele.scratch(SIZED, { ...now, index } satisfies Sized);
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
  if (ele.scratch(SIZED) === undefined) return;
  ele.removeScratch(SIZED);
  ele.removeStyle(ele.isEdge() ? EDGE_PROPS : NODE_PROPS);
};

/** Takes every label's own size away (the stylesheet is about to change). */
export const unsizeAll = (cy: Core): void => {
  cy.batch(() => cy.elements().forEach((ele) => unsizeLabel(ele)));
};
