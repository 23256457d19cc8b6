import type { Core, SingularElementArgument } from 'cytoscape';
import { BoxGrid, type Box } from './boxes';
import { ANCHOR_CLASSES, CALLOUT_CLASSES } from './labelStyle';
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
 * label that still meets another (a box estimated for an anchor can be off by a pixel or two).
 */
export const applyPlacement = (
  cy: Core,
  placement: Placement,
  order: readonly NodeCandidate[],
): { callouts: LeaderLine[]; dropped: number } => {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const wanted = classFor(placement.nodes.get(n.id()));
      setClass(n, 'lbl', wanted !== null);
      for (const c of POSITION_CLASSES) setClass(n, c, c === wanted);
    });
    cy.edges().forEach((e) => setClass(e, 'elbl', placement.edges.has(e.id())));
  });
  // Read back and check, in priority order: forced and important labels first, edges last.
  const grid = new BoxGrid();
  let dropped = 0;
  const keep = (ele: SingularElementArgument, rank: number, forced: boolean): Box | null => {
    const b = ele.renderedBoundingBox(LABEL_ONLY);
    const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    if (!forced && grid.hits(box, 0, Infinity, ele.id())) {
      dropped += 1;
      return null;
    }
    grid.add(box, rank, ele.id());
    return box;
  };
  const callouts: LeaderLine[] = [];
  const hide: SingularElementArgument[] = [];
  order.forEach((c, rank) => {
    const index = placement.nodes.get(c.id);
    if (index === undefined) return;
    const node = cy.getElementById(c.id);
    const box = keep(node, rank, c.forced);
    if (!box) {
      hide.push(node);
      return;
    }
    if (index >= ANCHOR_CLASSES.length) {
      const { x, y } = node.renderedPosition();
      const cx = Math.min(Math.max(x, box.x1), box.x2);
      const cyy = Math.min(Math.max(y, box.y1), box.y2);
      callouts.push({ id: c.id, x1: x, y1: y, x2: cx, y2: cyy });
    }
  });
  for (const id of placement.edges) {
    const edge = cy.getElementById(id);
    if (!keep(edge, 1e9, false)) hide.push(edge);
  }
  if (hide.length > 0)
    cy.batch(() => hide.forEach((ele) => (ele.isNode() ? ele.removeClass('lbl') : ele.removeClass('elbl'))));
  return { callouts, dropped };
};
