import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

export const labelOf = (graph: KnowledgeGraph, id: string): string => graph.getNodeAttribute(id, 'label');

/** "Hypoxic preconditioning → VEGF" (the link, without its verb, so the question does not give it away). */
export const linkText = (graph: KnowledgeGraph, edge: string): string =>
  `${labelOf(graph, graph.source(edge))} → ${labelOf(graph, graph.target(edge))}`;

/** A link's source label, verb and target label. */
const partsOf = (graph: KnowledgeGraph, edge: string): [string, string, string] => [
  labelOf(graph, graph.source(edge)),
  vocabOf(graph).verb(graph.getEdgeAttribute(edge, 'relation')),
  labelOf(graph, graph.target(edge)),
];

/** "Hypoxic preconditioning increases VEGF". */
export const claimText = (graph: KnowledgeGraph, edge: string): string => partsOf(graph, edge).join(' ');

/** "Hypoxic preconditioning — increases → VEGF": a hidden link, as the quiz reveals it. */
export const revealedLink = (graph: KnowledgeGraph, edge: string): string => {
  const [source, verb, target] = partsOf(graph, edge);
  return `${source} — ${verb} → ${target}`;
};

/** Drawn entities of a type (never references). */
export const entitiesOfType = (graph: KnowledgeGraph, type: string): string[] =>
  graph.filterNodes((_id, a) => a.type === type && a.type !== vocabOf(graph).referenceType);

/** Whether two entities are linked by any relation, in either direction. */
export const linked = (graph: KnowledgeGraph, a: string, b: string): boolean =>
  graph.hasEdge(a, b) || graph.hasEdge(b, a);
