import { RELATIONS } from './relations';
import type { KnowledgeGraph } from './types';

/** "Hypoxic preconditioning — increases → VEGF". */
export const claimSentence = (graph: KnowledgeGraph, edge: string): string => {
  const a = graph.getEdgeAttributes(edge);
  return `${graph.getNodeAttribute(graph.source(edge), 'label')} — ${RELATIONS[a.relation].verb} → ${graph.getNodeAttribute(graph.target(edge), 'label')}`;
};
