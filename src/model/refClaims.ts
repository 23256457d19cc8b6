import type { EvidenceItem, KnowledgeGraph } from './types';

export interface RefClaim {
  edge: string;
  item: EvidenceItem;
}

/** Every evidence item (with its edge) that cites reference `ref`. */
export const claimsCiting = (graph: KnowledgeGraph, ref: number): RefClaim[] => {
  const out: RefClaim[] = [];
  graph.forEachEdge((edge, a) => {
    for (const item of a.evidence) if (item.refs.includes(ref)) out.push({ edge, item });
  });
  return out;
};

/** How many evidence items cite each reference. */
export const citationCounts = (graph: KnowledgeGraph): Map<number, number> => {
  const counts = new Map<number, number>();
  graph.forEachEdge((_e, a) => {
    for (const item of a.evidence)
      for (const r of new Set(item.refs)) counts.set(r, (counts.get(r) ?? 0) + 1);
  });
  return counts;
};
