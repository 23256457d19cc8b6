import { useEffect, useState } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { groupCandidates, type CandidateGroup } from '../../model/gaps/candidateGroups';
import {
  candidateAt,
  candidateContext,
  type CandidateContext,
  type GapCandidate,
} from '../../model/gaps/gapCandidates';
import type { GapItem } from '../../model/gaps/gapItems';
import type { GapMatrix } from '../../model/gaps/gapMatrix';

const contexts = new WeakMap<GapMatrix, CandidateContext>();
const perCell = new WeakMap<GapMatrix, Map<string, GapCandidate | null>>();
const lists = new WeakMap<GapMatrix, CandidateGroup[]>();

/** The shared context of a matrix's candidates (the co-occurrence index and related lines), built once. */
export const contextFor = (
  graph: Parameters<typeof candidateContext>[0],
  matrix: GapMatrix,
  items: readonly GapItem[],
) => {
  let ctx = contexts.get(matrix);
  if (!ctx) contexts.set(matrix, (ctx = candidateContext(graph, matrix, items)));
  return ctx;
};

/** One cell's candidate, computed when asked and remembered (the matrix asks only for cells on screen). */
export const cellCandidate = (ctx: CandidateContext, row: string, col: string): GapCandidate | undefined => {
  let cache = perCell.get(ctx.matrix);
  if (!cache) perCell.set(ctx.matrix, (cache = new Map()));
  const key = `${row}|${col}`;
  if (!cache.has(key)) cache.set(key, candidateAt(ctx, row, col) ?? null);
  return cache.get(key) ?? undefined;
};

/**
 * Every candidate of the matrix, grouped (parent and child rows that repeat one hypothesis are
 * one), computed in slices of a few milliseconds between frames so that the page never freezes.
 */
export const useCandidateGroups = (matrix: GapMatrix, items: readonly GapItem[]): CandidateGroup[] | null => {
  const graph = useGraph();
  const [, setDone] = useState(0);
  const cached = lists.get(matrix) ?? null;
  useEffect(() => {
    if (lists.has(matrix)) return undefined;
    let cancelled = false;
    const ctx = contextFor(graph, matrix, items);
    const found: GapCandidate[] = [];
    let r = 0;
    const slice = () => {
      if (cancelled) return;
      const end = performance.now() + 8;
      while (r < ctx.activeRows.length && performance.now() < end) {
        const row = ctx.activeRows[r++]!;
        for (const col of ctx.activeCols) {
          const c = cellCandidate(ctx, row, col);
          if (c) found.push(c);
        }
      }
      if (r < ctx.activeRows.length) timer = setTimeout(slice, 0);
      else {
        lists.set(matrix, groupCandidates(graph, found));
        setDone((n) => n + 1);
      }
    };
    let timer = setTimeout(slice, 30);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [graph, matrix, items]);
  return cached;
};
