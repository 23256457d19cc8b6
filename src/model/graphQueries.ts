import type { EvidenceItem, KnowledgeGraph } from './types';
import type { Vocabulary } from './vocabulary/vocabulary';

/** Strongest level among an edge's evidence (undefined in a dataset without levels). */
export const edgeLevel = (vocabulary: Vocabulary, evidence: readonly EvidenceItem[]): string | undefined =>
  vocabulary.strongest(evidence.map((e) => e.level)) ?? vocabulary.weakest;

/** Number of evidence items on all edges touching a node. */
export const nodeEvidenceCount = (graph: KnowledgeGraph, id: string): number => {
  let count = 0;
  graph.forEachEdge(id, (_k, a) => {
    count += a.evidence.length;
  });
  return count;
};

/** Entities whose `broader` chain leads to `id` (not including `id`). */
export const narrowerOf = (graph: KnowledgeGraph, id: string): string[] =>
  graph.filterNodes((_n, a) => a.broader === id);

/** `id` followed by its broader entities, nearest first. */
export const broaderChain = (graph: KnowledgeGraph, id: string): string[] => {
  const chain = [id];
  let next = graph.getNodeAttribute(id, 'broader');
  while (next && graph.hasNode(next) && !chain.includes(next)) {
    chain.push(next);
    next = graph.getNodeAttribute(next, 'broader');
  }
  return chain;
};
