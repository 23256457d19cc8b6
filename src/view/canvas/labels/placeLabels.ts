import { BoxGrid, inside, intersects, type Box } from './boxes';

/** A node whose label may be drawn, with its label box at each anchor, in screen pixels. */
export interface NodeCandidate {
  id: string;
  /** What the view is about (selection, focus, path, story step, gap cell, quiz): placed first. */
  forced: boolean;
  /** Importance among the rest: smaller first (hub, type, evidence weight); ties by id. */
  rank: number;
  /** The node's body: labels of lower priority keep off it. */
  body: Box;
  /** The label box at each anchor (below, above, right, left…), preferred first. */
  anchors: Box[];
  /** Farther boxes, joined to the node by a leader line: tried for forced labels only. */
  callouts?: Box[];
}

/** An edge label: drawn only when both ends are labelled or an end is selected. */
export interface EdgeCandidate {
  id: string;
  ends: readonly [string, string];
  endSelected: boolean;
  rank: number;
  box: Box;
}

export interface PlacementOptions {
  /** The drawable area (the canvas less nothing): a label must lie inside it. */
  frame: Box;
  /** Areas covered by overlays (legend, caption): no label may meet them. */
  blocked?: readonly Box[];
  /** Free space kept around every label, px. */
  padding: number;
  /** Label density: at most one non-forced label per square cell of this size (0: no limit). */
  cell: number;
  /** The anchor each label had in the last pass: tried first, with less padding (hysteresis). */
  previous?: ReadonlyMap<string, number>;
}

export interface Placement {
  /** Node id → index of the chosen box: below `anchors.length` an anchor, from it a callout. */
  nodes: Map<string, number>;
  edges: Set<string>;
  /** Forced labels that found no free box at all. */
  unplaced: string[];
}

export const byPriority = (a: NodeCandidate, b: NodeCandidate): number =>
  Number(b.forced) - Number(a.forced) || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Greedy label placement. Candidates are taken in priority order (forced first, then by rank,
 * ties by id); each label is accepted at the first of its boxes that lies inside the frame,
 * meets no overlay, no label accepted before it (with padding) and no body of a node of higher
 * priority. Labels shown in the last pass try their old box first with a quarter of the
 * padding, so small pans do not make labels flicker. A forced label that fits at no anchor
 * tries its callouts, then (as a last resort) any box that meets no other label, even if it
 * covers a node. Edge labels follow under the same rule. Pure: boxes in, accepted set out.
 */
export const placeLabels = (
  nodes: readonly NodeCandidate[],
  edges: readonly EdgeCandidate[],
  options: PlacementOptions,
): Placement => {
  const order = [...nodes].sort(byPriority);
  const labels = new BoxGrid();
  const bodies = new BoxGrid();
  order.forEach((n, i) => bodies.add(n.body, i, n.id));
  const blocked = options.blocked ?? [];
  const usable = (box: Box) => inside(box, options.frame) && !blocked.some((b) => intersects(box, b));
  const cells = new Set<number>();
  const cellOf = (box: Box): number | null => {
    if (options.cell <= 0) return null;
    const cx = Math.floor((box.x1 + box.x2) / 2 / options.cell);
    const cy = Math.floor((box.y1 + box.y2) / 2 / options.cell);
    return cx * 100_003 + cy;
  };
  const result: Placement = { nodes: new Map(), edges: new Set(), unplaced: [] };

  order.forEach((n, rank) => {
    const boxes = n.forced ? [...n.anchors, ...(n.callouts ?? [])] : n.anchors;
    const before = options.previous?.get(n.id);
    const tries = boxes.map((_, i) => i);
    if (before !== undefined && before < boxes.length) tries.unshift(...tries.splice(before, 1));
    const pad = (i: number) => (i === before ? options.padding / 4 : options.padding);
    const free = (i: number, checkBodies: boolean) => {
      const box = boxes[i]!;
      if (!usable(box) || labels.hits(box, pad(i), Infinity, n.id)) return false;
      if (checkBodies && bodies.hits(box, 0, rank, n.id)) return false;
      if (n.forced) return true;
      const cell = cellOf(box);
      return cell === null || !cells.has(cell);
    };
    let chosen = tries.find((i) => free(i, true));
    if (chosen === undefined && n.forced) chosen = tries.find((i) => free(i, false));
    if (chosen === undefined) {
      if (n.forced) result.unplaced.push(n.id);
      return;
    }
    const box = boxes[chosen]!;
    labels.add(box, rank, n.id);
    if (!n.forced) {
      const cell = cellOf(box);
      if (cell !== null) cells.add(cell);
    }
    result.nodes.set(n.id, chosen);
  });

  const sortedEdges = [...edges].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  for (const e of sortedEdges) {
    const shown = result.nodes.has(e.ends[0]) && result.nodes.has(e.ends[1]);
    if (!shown && !e.endSelected) continue;
    if (!usable(e.box)) continue;
    if (labels.hits(e.box, options.padding, Infinity, e.id)) continue;
    if (bodies.hits(e.box, 0, Infinity, e.id)) continue;
    labels.add(e.box, 1e9, e.id);
    result.edges.add(e.id);
  }
  return result;
};
