import type { Vocabulary } from '../vocabulary/vocabulary';
import { lineOfEntity, type AxisLine } from './axisLines';
import type { GapItem } from './gapItems';
import { cellKey, emptyCell, summarise, type GapCell } from './gapMatrix';

/**
 * The cells of the lines on screen: a closed group or entity line counts every distinct statement
 * that counts for any of its members (each once); an entity's own line counts exactly what the
 * full matrix counts for it (its statements rolled up along `broader` and the origin relation).
 * With every line open, the cells equal `gapMatrix`'s.
 */
export const rollupCells = (
  v: Vocabulary,
  items: readonly GapItem[],
  rows: readonly AxisLine[],
  cols: readonly AxisLine[],
): Map<string, GapCell> => {
  const kinds = v.schema.facets[0]?.values.map((x) => x.id) ?? [];
  const rowOf = lineOfEntity(rows);
  const colOf = lineOfEntity(cols);
  const cells = new Map<string, GapCell>();
  for (const entry of items) {
    const rs = new Set<string>();
    const cs = new Set<string>();
    for (const id of entry.rolledUp) {
      const r = rowOf.get(id);
      if (r) rs.add(r);
      const c = colOf.get(id);
      if (c) cs.add(c);
    }
    for (const r of rs)
      for (const c of cs) {
        if (r === c) continue;
        const key = cellKey(r, c);
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = emptyCell(v, kinds, r, c)));
        cell.items.push(entry);
      }
  }
  for (const cell of cells.values()) summarise(v, cell);
  return cells;
};
