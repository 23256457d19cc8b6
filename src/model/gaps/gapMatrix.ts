import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import type { Vocabulary } from '../vocabulary/vocabulary';
import { gapAxis, type AxisEntry } from './gapAxes';
import type { GapItem } from './gapItems';

export interface GapCell {
  row: string;
  col: string;
  /** Distinct evidence items that name both the row and the column entity. */
  items: GapItem[];
  count: number;
  /** Items per level id of the schema. */
  byLevel: Record<string, number>;
  /** The strongest level (undefined in a dataset without levels). */
  level?: string;
  refs: number[];
  /** Items per value of the dataset's main facet (MSCs · exosomes). */
  byKind: Record<string, number>;
  outcomes: string[];
}

export interface GapMatrix {
  rowType: string;
  colType: string;
  rows: AxisEntry[];
  cols: AxisEntry[];
  /** Non-empty cells only, keyed `row|col`. */
  cells: Map<string, GapCell>;
}

export const cellKey = (row: string, col: string): string => `${row}|${col}`;

export interface GapOptions {
  rows: string;
  cols: string;
  /** Count evidence of narrower entities for their broader ones too (and tissues of the therapies named). */
  rollUp?: boolean;
}

/**
 * THE CELL RULE. An evidence item counts for the cell (R, C) when the statement names both R
 * and C: among the ends of the edges that carry it and its `involves` (with `rollUp`, also
 * their broader entities and the tissue a named therapy comes from). Items are counted, not
 * edges, and each item at most once per cell, however many edges carry it.
 */
export const gapMatrix = (
  graph: KnowledgeGraph,
  items: readonly GapItem[],
  options: GapOptions,
): GapMatrix => {
  const vocabulary = vocabOf(graph);
  const kinds = vocabulary.schema.facets[0]?.values.map((v) => v.id) ?? [];
  const rows = gapAxis(graph, options.rows);
  const cols = gapAxis(graph, options.cols);
  const rowIds = new Set(rows.map((r) => r.id));
  const colIds = new Set(cols.map((c) => c.id));
  const cells = new Map<string, GapCell>();
  for (const entry of items) {
    const ids = options.rollUp === false ? entry.named : entry.rolledUp;
    const inRows = [...ids].filter((id) => rowIds.has(id));
    const inCols = [...ids].filter((id) => colIds.has(id));
    for (const row of inRows) {
      for (const col of inCols) {
        if (row === col) continue;
        const key = cellKey(row, col);
        const cell = cells.get(key) ?? emptyCell(vocabulary, kinds, row, col);
        cell.items.push(entry);
        cells.set(key, cell);
      }
    }
  }
  for (const cell of cells.values()) summarise(vocabulary, cell);
  return { rowType: options.rows, colType: options.cols, rows, cols, cells };
};

const emptyCell = (v: Vocabulary, kinds: readonly string[], row: string, col: string): GapCell => ({
  row,
  col,
  items: [],
  count: 0,
  byLevel: Object.fromEntries(v.levels.map((l) => [l.id, 0])),
  refs: [],
  byKind: Object.fromEntries(kinds.map((k) => [k, 0])),
  outcomes: [],
});

const summarise = (v: Vocabulary, cell: GapCell): void => {
  const refs = new Set<number>();
  const outcomes = new Set<string>();
  for (const { item, kinds } of cell.items) {
    if (item.level !== undefined) cell.byLevel[item.level] = (cell.byLevel[item.level] ?? 0) + 1;
    item.refs.forEach((r) => refs.add(r));
    if (item.outcome) outcomes.add(item.outcome);
    kinds.forEach((k) => (cell.byKind[k] = (cell.byKind[k] ?? 0) + 1));
  }
  cell.count = cell.items.length;
  const level = v.strongest(cell.items.map((i) => i.item.level)) ?? v.weakest;
  if (level !== undefined) cell.level = level;
  cell.refs = [...refs].sort((a, b) => a - b);
  cell.outcomes = [...outcomes];
};
