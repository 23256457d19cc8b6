import type { AxisEntry } from './gapAxes';
import { cellKey, type GapMatrix } from './gapMatrix';

export type AxisSort = 'group' | 'name' | 'evidence' | 'gaps' | 'cluster';

export interface AxisView {
  sort: AxisSort;
  query: string;
  hideEmpty: boolean;
}

/** Evidence items and empty cells of one row (or column) among the shown other axis. */
const totals = (m: GapMatrix, id: string, others: readonly AxisEntry[], isRow: boolean) => {
  let items = 0;
  let gaps = 0;
  for (const other of others) {
    const cell = m.cells.get(isRow ? cellKey(id, other.id) : cellKey(other.id, id));
    if (cell) items += cell.count;
    else gaps += 1;
  }
  return { items, gaps };
};

/** Filters (text, hide empty) and sorts both axes of a matrix; the matrix's cells stay as they are. */
export const arrangeAxes = (
  m: GapMatrix,
  rowView: AxisView,
  colView: AxisView,
): { rows: AxisEntry[]; cols: AxisEntry[] } => {
  const match = (e: AxisEntry, q: string) =>
    !q.trim() || `${e.label} ${e.id} ${e.groupLabel}`.toLowerCase().includes(q.trim().toLowerCase());
  let rows = m.rows.filter((r) => match(r, rowView.query));
  let cols = m.cols.filter((c) => match(c, colView.query));
  if (rowView.hideEmpty) rows = rows.filter((r) => totals(m, r.id, cols, true).items > 0);
  if (colView.hideEmpty) cols = cols.filter((c) => totals(m, c.id, rows, false).items > 0);
  const order = (entries: AxisEntry[], view: AxisView, others: AxisEntry[], isRow: boolean) => {
    if (view.sort === 'group' || view.sort === 'cluster') return entries;
    const t = new Map(entries.map((e) => [e.id, totals(m, e.id, others, isRow)]));
    return [...entries].sort((a, b) => {
      if (view.sort === 'name') return a.label.localeCompare(b.label);
      if (view.sort === 'evidence')
        return t.get(b.id)!.items - t.get(a.id)!.items || a.label.localeCompare(b.label);
      return t.get(b.id)!.gaps - t.get(a.id)!.gaps || a.label.localeCompare(b.label);
    });
  };
  return { rows: order(rows, rowView, cols, true), cols: order(cols, colView, rows, false) };
};
