import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

/**
 * A relation as a sentence to be read aloud or used as a name: "Hypoxic preconditioning increases
 * VEGF" (both ends, the verb from the schema; no arrows or dashes for a screen reader to spell out).
 */
export const spokenClaim = (graph: KnowledgeGraph, edge: string): string => {
  const relation = graph.getEdgeAttribute(edge, 'relation');
  const verb = vocabOf(graph).relation(relation)?.verb ?? relation;
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  return `${label(graph.source(edge))} ${verb} ${label(graph.target(edge))}`;
};
