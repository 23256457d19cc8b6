import { csvCell } from '../escape/csv';
import type { Vocabulary } from '../vocabulary/vocabulary';
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
 * One line per non-empty cell: ids, labels, counts per level, the split by the main facet (MSC and
 * exosome items), strongest level and references. Cells are written by `csvCell` (escape/csv.ts):
 * quoted when needed, formulas neutralised.
 */
export const gapMatrixCsv = (m: GapMatrix, v: Vocabulary): string => {
  const label = new Map([...m.rows, ...m.cols].map((e) => [e.id, e.label]));
  const levels = v.levels.map((l) => l.id);
  const kinds = v.schema.facets[0]?.values ?? [];
  const header = [
    'row',
    'row_label',
    'col',
    'col_label',
    'count',
    ...levels,
    ...kinds.map((k) => k.column ?? `${k.id}_items`),
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
      ...levels.map((l) => c.byLevel[l] ?? 0),
      ...kinds.map((k) => c.byKind[k.id] ?? 0),
      c.level ?? '',
      c.refs.join(';'),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
};
