import type { EntityType } from '../entityTypes';
import { LEVEL_IDS, strongestLevel, type Level, type Outcome } from '../evidence';
import type { TherapyKind } from '../evidenceFacets';
import type { KnowledgeGraph } from '../types';
import { gapAxis, type AxisEntry } from './gapAxes';
import type { GapItem } from './gapItems';

export interface GapCell {
  row: string;
  col: string;
  /** Distinct evidence items that name both the row and the column entity. */
  items: GapItem[];
  count: number;
  byLevel: Record<Level, number>;
  level: Level;
  refs: number[];
  byKind: Record<TherapyKind, number>;
  outcomes: Outcome[];
}

export interface GapMatrix {
  rowType: EntityType;
  colType: EntityType;
  rows: AxisEntry[];
  cols: AxisEntry[];
  /** Non-empty cells only, keyed `row|col`. */
  cells: Map<string, GapCell>;
}

export const cellKey = (row: string, col: string): string => `${row}|${col}`;

export interface GapOptions {
  rows: EntityType;
  cols: EntityType;
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
        const cell = cells.get(key) ?? emptyCell(row, col);
        cell.items.push(entry);
        cells.set(key, cell);
      }
    }
  }
  for (const cell of cells.values()) summarise(cell);
  return { rowType: options.rows, colType: options.cols, rows, cols, cells };
};

const emptyCell = (row: string, col: string): GapCell => ({
  row,
  col,
  items: [],
  count: 0,
  byLevel: Object.fromEntries(LEVEL_IDS.map((l) => [l, 0])) as Record<Level, number>,
  level: 'review',
  refs: [],
  byKind: { cells: 0, vesicles: 0 },
  outcomes: [],
});

const summarise = (cell: GapCell): void => {
  const refs = new Set<number>();
  const outcomes = new Set<Outcome>();
  for (const { item, kinds } of cell.items) {
    cell.byLevel[item.level] += 1;
    item.refs.forEach((r) => refs.add(r));
    if (item.outcome) outcomes.add(item.outcome);
    kinds.forEach((k) => (cell.byKind[k] += 1));
  }
  cell.count = cell.items.length;
  cell.level = strongestLevel(cell.items.map((i) => i.item.level)) ?? 'review';
  cell.refs = [...refs].sort((a, b) => a - b);
  cell.outcomes = [...outcomes];
};
