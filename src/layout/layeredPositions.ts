import type { KnowledgeGraph, Positions } from '../model/types';
import { vocabOf } from '../model/vocabOf';

const LAYER_GAP = 120;
const SUBCOLUMN_WIDTH = 170;
const ROW_GAP = 46;
const MAX_ROWS = 14;
const SWEEPS = 4;

/**
 * A left-to-right layout by entity type (cell source → therapy → method → strategy →
 * factor → mechanism → target cell → disease → challenge). Within a column, entities are
 * ordered by the mean relative row of their neighbours (a few barycentre sweeps), which
 * keeps most relations short and uncrossed. A type with many entities wraps into several
 * sub-columns of at most MAX_ROWS, so the picture stays wide rather than very tall.
 */
export const layeredPositions = (
  graph: KnowledgeGraph,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): Positions => {
  const v = vocabOf(graph);
  const layerOf = (id: string): number => v.type(graph.getNodeAttribute(id, 'type'))?.layer ?? 0;
  const columns = new Map<number, string[]>();
  for (const id of nodes) {
    const column = columns.get(layerOf(id));
    if (column) column.push(id);
    else columns.set(layerOf(id), [id]);
  }
  const layers = [...columns.keys()].sort((a, b) => a - b);
  const row = new Map<string, number>();
  for (const layer of layers) {
    const ids = columns.get(layer)!;
    ids.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    ids.forEach((id, i) => row.set(id, i));
  }
  const relativeRow = (id: string): number => row.get(id)! / Math.max(1, columns.get(layerOf(id))!.length);
  const score = (id: string): number => {
    const rows: number[] = [];
    graph.forEachEdge(id, (key, _a, source, target) => {
      const other = source === id ? target : source;
      if (edges.has(key) && row.has(other)) rows.push(relativeRow(other));
    });
    return rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : relativeRow(id);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const layer of sweep % 2 === 0 ? layers : [...layers].reverse()) {
      const ids = columns.get(layer)!;
      const scores = new Map(ids.map((id) => [id, score(id)]));
      ids.sort((a, b) => scores.get(a)! - scores.get(b)!);
      ids.forEach((id, i) => row.set(id, i));
    }
  }
  const rowsOf = (n: number) => Math.min(n, MAX_ROWS);
  const tallest = Math.max(0, ...layers.map((l) => rowsOf(columns.get(l)!.length)));
  const positions: Positions = {};
  let x = 0;
  for (const layer of layers) {
    const ids = columns.get(layer)!;
    const rows = rowsOf(ids.length);
    const offset = ((tallest - rows) * ROW_GAP) / 2;
    ids.forEach((id, i) => {
      positions[id] = { x: x + Math.floor(i / rows) * SUBCOLUMN_WIDTH, y: offset + (i % rows) * ROW_GAP };
    });
    x += Math.ceil(ids.length / rows) * SUBCOLUMN_WIDTH + LAYER_GAP;
  }
  return positions;
};
