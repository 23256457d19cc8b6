import type { Vocabulary } from '../vocabulary/vocabulary';
import { axisLines, type AxisLine } from './axisLines';
import type { AxisNode } from './axisTree';
import type { AxisView } from './gapAxisOrder';
import type { GapItem } from './gapItems';
import { cellKey, type GapCell } from './gapMatrix';
import { rollupCells } from './rollupMatrix';
import { seriate } from './seriation';

export interface AxisState extends AxisView {
  /** Open groups and entities. */
  expanded: ReadonlySet<string>;
}

/** The gap map as shown: the lines of both axes (open, filtered, sorted) and their cells. */
export interface ShownMatrix {
  rows: AxisLine[];
  cols: AxisLine[];
  cells: Map<string, GapCell>;
}

const matches = (labels: ReadonlyMap<string, string>, node: AxisNode, q: string): boolean =>
  [
    node,
    ...node.members.map((m) => ({ label: labels.get(m) ?? m, id: m, groupLabel: node.groupLabel })),
  ].some((n) => `${n.label} ${n.id} ${n.groupLabel}`.toLowerCase().includes(q));

/**
 * Opens, filters and sorts both axes, then computes the cells of the lines shown. Sorting moves
 * siblings only (a child stays under its parent, an entity in its group): by name, by evidence, by
 * empty cells, or by a cluster ordering (seriation) that brings lines with similar evidence together.
 */
export const arrangeLines = (
  v: Vocabulary,
  items: readonly GapItem[],
  forests: { rows: readonly AxisNode[]; cols: readonly AxisNode[] },
  labels: ReadonlyMap<string, string>,
  state: { rows: AxisState; cols: AxisState },
): ShownMatrix => {
  const lines = (forest: readonly AxisNode[], s: AxisState) => {
    const q = s.query.trim().toLowerCase();
    return axisLines(forest, { expanded: s.expanded, ...(q ? { keep: (n) => matches(labels, n, q) } : {}) });
  };
  let rows = lines(forests.rows, state.rows);
  let cols = lines(forests.cols, state.cols);
  const cells = rollupCells(v, items, rows, cols);
  const data = (ls: AxisLine[]) => ls.filter((l) => !l.heading);
  const totals = (own: AxisLine[], other: AxisLine[], isRow: boolean) => {
    const t = new Map<string, { items: number; gaps: number }>();
    for (const a of data(own)) {
      let n = 0;
      let gaps = 0;
      for (const b of data(other)) {
        const cell = cells.get(isRow ? cellKey(a.node.id, b.node.id) : cellKey(b.node.id, a.node.id));
        if (cell) n += cell.count;
        else gaps += 1;
      }
      t.set(a.node.id, { items: n, gaps });
    }
    return t;
  };
  const rowTotals = totals(rows, cols, true);
  const colTotals = totals(cols, rows, false);
  const ranks = (() => {
    if (state.rows.sort !== 'cluster' && state.cols.sort !== 'cluster') return undefined;
    const weight = (r: string, c: string) => Math.log1p(cells.get(cellKey(r, c))?.count ?? 0);
    return seriate(
      data(rows).map((l) => l.node.id),
      data(cols).map((l) => l.node.id),
      weight,
    );
  })();
  const order = (
    s: AxisState,
    t: Map<string, { items: number; gaps: number }>,
    rank?: Map<string, number>,
  ) => {
    if (s.sort === 'group') return undefined;
    // A node's standing: its own line's, or (a heading) the best of its members' shown lines.
    const score = (
      n: AxisNode,
      pick: (id: string) => number | undefined,
      best: (a: number, b: number) => number,
    ) => {
      const own = pick(n.id);
      if (own !== undefined) return own;
      const values = [...n.members].map(pick).filter((x): x is number => x !== undefined);
      return values.length > 0 ? values.reduce(best) : undefined;
    };
    return (siblings: readonly AxisNode[]) => {
      const key = (n: AxisNode): number => {
        if (s.sort === 'evidence') return -(score(n, (id) => t.get(id)?.items, Math.max) ?? 0);
        if (s.sort === 'gaps') return -(score(n, (id) => t.get(id)?.gaps, Math.max) ?? 0);
        if (s.sort === 'cluster') return score(n, (id) => rank?.get(id), Math.min) ?? Infinity;
        return 0;
      };
      return [...siblings].sort((a, b) => key(a) - key(b) || a.label.localeCompare(b.label));
    };
  };
  const reorder = (
    forest: readonly AxisNode[],
    s: AxisState,
    t: Map<string, { items: number; gaps: number }>,
    rank?: Map<string, number>,
    current?: AxisLine[],
  ) => {
    const o = order(s, t, rank);
    if (!o) return current!;
    const q = s.query.trim().toLowerCase();
    return axisLines(forest, {
      expanded: s.expanded,
      order: o,
      ...(q ? { keep: (n) => matches(labels, n, q) } : {}),
    });
  };
  rows = reorder(forests.rows, state.rows, rowTotals, ranks?.rowRank, rows);
  cols = reorder(forests.cols, state.cols, colTotals, ranks?.colRank, cols);
  const hide = (ls: AxisLine[], t: Map<string, { items: number; gaps: number }>) => {
    const kept = ls.filter((l) => l.heading || (t.get(l.node.id)?.items ?? 0) > 0);
    // A heading stays only while one of its members is still listed below it.
    return kept.filter((l, i) => !l.heading || (kept[i + 1] !== undefined && kept[i + 1]!.depth > l.depth));
  };
  if (state.rows.hideEmpty) rows = hide(rows, rowTotals);
  if (state.cols.hideEmpty) cols = hide(cols, colTotals);
  return { rows, cols, cells };
};
