import { useEffect, useMemo, useState } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { arrangeAxes } from '../../model/gaps/gapAxisOrder';
import { gapCandidates, type GapCandidate } from '../../model/gaps/gapCandidates';
import type { GapItem } from '../../model/gaps/gapItems';
import { gapMatrix, type GapMatrix } from '../../model/gaps/gapMatrix';
import { thinSpots, type ThinSpot } from '../../model/gaps/thinSpots';
import type { KnowledgeGraph } from '../../model/types';
import { vocabOf } from '../../model/vocabOf';
import { useViewStore } from '../../state/store';
import { useGapItems } from '../hooks/useGapItems';

interface Computed {
  matrix: GapMatrix;
  thin: ThinSpot[];
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
    hit = { matrix, thin: thinSpots(matrix, vocabOf(graph)) };
    perItems.set(key, hit);
  }
  return hit;
};

const candidateCache = new WeakMap<GapMatrix, GapCandidate[]>();

/**
 * Candidate gaps of a matrix, computed after the matrix has painted (outside rendering, so
 * the table appears at once); the "?" marks and the list follow.
 */
export const useGapCandidates = (matrix: GapMatrix, items: readonly GapItem[]): GapCandidate[] | null => {
  const graph = useGraph();
  const [, setReady] = useState(0);
  const cached = candidateCache.get(matrix) ?? null;
  useEffect(() => {
    if (candidateCache.has(matrix)) return undefined;
    const timer = setTimeout(() => {
      if (!candidateCache.has(matrix)) candidateCache.set(matrix, gapCandidates(graph, matrix, items));
      setReady((n) => n + 1);
    }, 30);
    return () => clearTimeout(timer);
  }, [graph, matrix, items]);
  return cached;
};

/** The current pairing's matrix (with the evidence filters applied), its arranged axes and thin spots. */
export const useGapMatrix = () => {
  const graph = useGraph();
  const items = useGapItems();
  const rowsType = useViewStore((s) => s.gapRows);
  const colsType = useViewStore((s) => s.gapCols);
  const sort = useViewStore((s) => s.gapSort);
  const query = useViewStore((s) => s.gapQuery);
  const hideEmpty = useViewStore((s) => s.gapHideEmpty);
  const computed = compute(graph, items, rowsType, colsType);
  const axes = useMemo(
    () =>
      arrangeAxes(
        computed.matrix,
        { sort: sort.rows, query: query.rows, hideEmpty },
        { sort: sort.cols, query: query.cols, hideEmpty },
      ),
    [computed, sort, query, hideEmpty],
  );
  return { ...computed, items, ...axes };
};
