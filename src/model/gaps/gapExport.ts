import { csvCell } from '../escape/csv';
import { LEVEL_IDS } from '../evidence';
import type { GapMatrix } from './gapMatrix';

/** The documented JSON contract: `{ rows, cols, cells: [{ row, col, count, level, refs }] }`, empty cells omitted. */
export const gapMatrixJson = (m: GapMatrix) => ({
  rows: m.rows.map(({ id, label }) => ({ id, label })),
  cols: m.cols.map(({ id, label }) => ({ id, label })),
  cells: orderedCells(m).map(({ row, col, count, level, refs }) => ({ row, col, count, level, refs })),
});

const orderedCells = (m: GapMatrix) => {
  const rowOrder = new Map(m.rows.map((r, i) => [r.id, i]));
  const colOrder = new Map(m.cols.map((c, i) => [c.id, i]));
  return [...m.cells.values()].sort(
    (a, b) => rowOrder.get(a.row)! - rowOrder.get(b.row)! || colOrder.get(a.col)! - colOrder.get(b.col)!,
  );
};

/**
 * One line per non-empty cell: ids, labels, counts per level, MSC/exosome split, strongest level and
 * references. Cells are written by `csvCell` (escape/csv.ts): quoted when needed, formulas neutralised.
 */
export const gapMatrixCsv = (m: GapMatrix): string => {
  const label = new Map([...m.rows, ...m.cols].map((e) => [e.id, e.label]));
  const header = [
    'row',
    'row_label',
    'col',
    'col_label',
    'count',
    ...LEVEL_IDS,
    'msc_items',
    'exosome_items',
    'strongest_level',
    'refs',
  ];
  const lines = orderedCells(m).map((c) =>
    [
      c.row,
      label.get(c.row)!,
      c.col,
      label.get(c.col)!,
      c.count,
      ...LEVEL_IDS.map((l) => c.byLevel[l]),
      c.byKind.cells,
      c.byKind.vesicles,
      c.level,
      c.refs.join(';'),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
};
