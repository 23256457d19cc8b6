import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

/** "Hypoxic preconditioning — increases → VEGF". */
export const claimSentence = (graph: KnowledgeGraph, edge: string): string => {
  const a = graph.getEdgeAttributes(edge);
  return `${graph.getNodeAttribute(graph.source(edge), 'label')} — ${vocabOf(graph).relation(a.relation)?.verb ?? a.relation} → ${graph.getNodeAttribute(graph.target(edge), 'label')}`;
};
