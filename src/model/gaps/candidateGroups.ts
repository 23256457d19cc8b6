import { broaderChain } from '../graphQueries';
import type { KnowledgeGraph } from '../types';
import type { GapCandidate } from './gapCandidates';

/** One hypothesis: the broadest cell it was found for, and the narrower cells that repeat it. */
export interface CandidateGroup {
  lead: GapCandidate;
  narrower: GapCandidate[];
  /** The best score among them (the list is ordered by it). */
  score: number;
}

/**
 * Roll-up makes a parent row repeat its child's hypothesis (preconditioning, cytokine
 * preconditioning and IFN-γ preconditioning × type 1 diabetes): candidates whose rows are one
 * broader than the other in the same column, or whose columns are in the same row, are one
 * hypothesis, led by the broadest cell, with its narrower cells listed.
 */
export const groupCandidates = (
  graph: KnowledgeGraph,
  candidates: readonly GapCandidate[],
): CandidateGroup[] => {
  const chains = new Map<string, string[]>();
  const chain = (id: string) => chains.get(id) ?? chains.set(id, broaderChain(graph, id)).get(id)!;
  const related = (a: string, b: string) => a === b || chain(a).includes(b) || chain(b).includes(a);
  const parent = candidates.map((_c, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byCol = new Map<string, number[]>();
  const byRow = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    (byCol.get(c.col) ?? byCol.set(c.col, []).get(c.col)!).push(i);
    (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(i);
  });
  const join = (bucket: number[], key: (c: GapCandidate) => string) => {
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++)
        if (related(key(candidates[bucket[x]!]!), key(candidates[bucket[y]!]!)))
          parent[find(bucket[x]!)] = find(bucket[y]!);
  };
  byCol.forEach((bucket) => join(bucket, (c) => c.row));
  byRow.forEach((bucket) => join(bucket, (c) => c.col));
  const groups = new Map<number, GapCandidate[]>();
  candidates.forEach((c, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(c));
  const breadth = (c: GapCandidate) => chain(c.row).length + chain(c.col).length;
  return [...groups.values()]
    .map((members) => {
      const sorted = [...members].sort((a, b) => breadth(a) - breadth(b) || b.score - a.score);
      return {
        lead: sorted[0]!,
        narrower: sorted.slice(1),
        score: Math.max(...members.map((m) => m.score)),
      };
    })
    .sort((a, b) => b.score - a.score);
};
