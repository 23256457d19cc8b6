import { useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { arrangeLines, type ShownMatrix } from '../../model/gaps/arrangeLines';
import { axisTree, type AxisNode } from '../../model/gaps/axisTree';
import { filterItems } from '../../model/gaps/evidenceQuery';
import { gapAxis } from '../../model/gaps/gapAxes';
import type { GapItem } from '../../model/gaps/gapItems';
import { gapMatrix, type GapMatrix } from '../../model/gaps/gapMatrix';
import { thinSpots, type ThinSpot } from '../../model/gaps/thinSpots';
import type { KnowledgeGraph } from '../../model/types';
import { vocabOf } from '../../model/vocabOf';
import { useViewStore } from '../../state/store';
import { useGapItems } from '../hooks/useGapItems';
import { useInitialExpansion } from './useInitialExpansion';

interface Computed {
  matrix: GapMatrix;
  thin: ThinSpot[];
  forests: { rows: AxisNode[]; cols: AxisNode[] };
  labels: Map<string, string>;
}

/** One computation per (filtered items, pairing), shared by the matrix, the lists and the cell panel. */
const cache = new WeakMap<readonly GapItem[], Map<string, Computed>>();

const compute = (graph: KnowledgeGraph, items: readonly GapItem[], rows: string, cols: string): Computed => {
  const perItems = cache.get(items) ?? new Map<string, Computed>();
  cache.set(items, perItems);
  const key = `${rows}|${cols}`;
  let hit = perItems.get(key);
  if (!hit) {
    const matrix = gapMatrix(graph, items, { rows, cols });
    hit = {
      matrix,
      thin: thinSpots(matrix, vocabOf(graph)),
      forests: { rows: axisTree(graph, matrix.rows), cols: axisTree(graph, matrix.cols) },
      labels: new Map([...matrix.rows, ...matrix.cols].map((e) => [e.id, e.label])),
    };
    perItems.set(key, hit);
  }
  return hit;
};

const filteredCache = new WeakMap<readonly GapItem[], { key: string; items: readonly GapItem[] }>();

/** The items behind the map: the evidence filters, then the evidence table's own filters. */
export const useMapItems = (): readonly GapItem[] => {
  const graph = useGraph();
  const all = useGapItems();
  const q = useViewStore((s) => s.gapEvidence);
  const key = JSON.stringify(q);
  const hit = filteredCache.get(all);
  if (hit && hit.key === key) return hit.items;
  const items = filterItems(graph, all, q);
  filteredCache.set(all, { key, items });
  return items;
};

/**
 * The current pairing's full matrix (with every filter applied), its collapsible axes, the lines
 * shown (open, filtered and sorted) with their rolled-up cells, and its thin spots.
 */
export const useGapMatrix = (): Computed & { items: readonly GapItem[]; shown: ShownMatrix } => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const items = useMapItems();
  const rowsType = useViewStore((s) => s.gapRows);
  const colsType = useViewStore((s) => s.gapCols);
  const sort = useViewStore((s) => s.gapSort);
  const query = useViewStore((s) => s.gapQuery);
  const hideEmpty = useViewStore((s) => s.gapHideEmpty);
  const computed = compute(graph, items, rowsType, colsType);
  const expanded = useInitialExpansion(computed.forests);
  const shown = useMemo(
    () =>
      arrangeLines(vocabulary, items, computed.forests, computed.labels, {
        rows: { sort: sort.rows, query: query.rows, hideEmpty, expanded: new Set(expanded.rows) },
        cols: { sort: sort.cols, query: query.cols, hideEmpty, expanded: new Set(expanded.cols) },
      }),
    [vocabulary, items, computed, sort, query, hideEmpty, expanded],
  );
  return { ...computed, items, shown };
};

export { gapAxis };
