import type { Core, SingularElementArgument } from 'cytoscape';
import { BoxGrid, inside, intersects, type Box } from './boxes';
import { sizeLabel, unsizeLabel, type LabelSizing } from './labelSize';
import { ANCHOR_CLASSES, CALLOUT_CLASSES } from './labelPositions';
import type { LabelSizes } from './labelStyle';
import type { LeaderLine } from './labelReport';
import type { NodeCandidate, Placement } from './placeLabels';

const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

const setClass = (ele: SingularElementArgument, name: string, on: boolean): void => {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
};

/** The one class (or none) a node's label needs for box `index` (anchor, then callout). */
const classFor = (index: number | undefined): string | null => {
  if (index === undefined) return null;
  if (index < ANCHOR_CLASSES.length) return ANCHOR_CLASSES[index] ?? '';
  return CALLOUT_CLASSES[index - ANCHOR_CLASSES.length] ?? null;
};
const POSITION_CLASSES = [...ANCHOR_CLASSES.filter(Boolean), ...CALLOUT_CLASSES];

/**
 * Applies a placement as classes in one batch, touching only elements whose state changes.
 * Then reads back Cytoscape's own boxes of what is shown and hides, lowest priority first, any
 * label that still meets another or an overlay (a box estimated for an anchor can be off by a pixel or two).
 */
export const applyPlacement = (
  cy: Core,
  placement: Placement,
  order: readonly NodeCandidate[],
  frame: Box,
  blocked: readonly Box[],
  sizing: LabelSizing,
  sizes: LabelSizes,
): { callouts: LeaderLine[]; dropped: number } => {
  /** Shows or hides a label; a shown one is sized for this pass at position `index`. */
  const show = (ele: SingularElementArgument, index: number | undefined) => {
    const wanted = classFor(index);
    const cls = ele.isNode() ? 'lbl' : 'elbl';
    setClass(ele, cls, wanted !== null);
    if (ele.isNode()) for (const c of POSITION_CLASSES) setClass(ele, c, c === wanted);
    if (index === undefined) unsizeLabel(ele);
    else sizeLabel(ele, index, sizing, sizes);
  };
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const index = placement.nodes.get(n.id());
      if (index !== undefined || n.hasClass('lbl')) show(n, index);
    });
    cy.edges().forEach((e) => {
      if (placement.edges.has(e.id()) || e.hasClass('elbl'))
        show(e, placement.edges.has(e.id()) ? 0 : undefined);
    });
  });
  // Read back and check, in priority order: forced and important labels first, edges last.
  const grid = new BoxGrid();
  let dropped = 0;
  const measure = (ele: SingularElementArgument): Box => {
    const b = ele.renderedBoundingBox(LABEL_ONLY);
    return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  };
  const free = (box: Box, id: string) =>
    inside(box, frame) && !blocked.some((b) => intersects(box, b)) && !grid.hits(box, 0, Infinity, id);
  /** A forced label that still meets another tries its other positions, measured for real. */
  const moveForced = (node: SingularElementArgument, current: number): Box | null => {
    for (let index = 0; index < ANCHOR_CLASSES.length + CALLOUT_CLASSES.length; index++) {
      if (index === current) continue;
      show(node, index);
      const box = measure(node);
      if (free(box, node.id())) return box;
    }
    show(node, current);
    return null;
  };
  const callouts: LeaderLine[] = [];
  const hide: SingularElementArgument[] = [];
  order.forEach((c, rank) => {
    const index = placement.nodes.get(c.id);
    if (index === undefined) return;
    const node = cy.getElementById(c.id);
    let box: Box | null = measure(node);
    if (!free(box, c.id)) {
      const fallback = box;
      box = c.forced ? (moveForced(node, index) ?? fallback) : null;
    }
    if (!box) {
      dropped += 1;
      hide.push(node);
      return;
    }
    grid.add(box, rank, c.id);
    if (CALLOUT_CLASSES.some((k) => node.hasClass(k))) {
      const { x, y } = node.renderedPosition();
      const r = (Math.max(node.outerWidth(), node.outerHeight()) * cy.zoom()) / 2;
      const tx = Math.min(Math.max(x, box.x1), box.x2);
      const ty = Math.min(Math.max(y, box.y1), box.y2);
      const d = Math.hypot(tx - x, ty - y) || 1;
      callouts.push({ id: c.id, x1: x + ((tx - x) * r) / d, y1: y + ((ty - y) * r) / d, x2: tx, y2: ty });
    }
  });
  for (const id of placement.edges) {
    const edge = cy.getElementById(id);
    const box = measure(edge);
    if (free(box, id)) grid.add(box, 1e9, id);
    else {
      dropped += 1;
      hide.push(edge);
    }
  }
  if (hide.length > 0) cy.batch(() => hide.forEach((ele) => show(ele, undefined)));
  return { callouts, dropped };
};
