import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface LayoutInput {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
}

/** The part of the graph that gets positions: every entity but the references. */
export const layoutInput = (graph: KnowledgeGraph): LayoutInput => {
  const referenceType = vocabOf(graph).referenceType;
  const nodes: LayoutInput['nodes'] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== referenceType) nodes.push({ id });
  });
  const edges: LayoutInput['edges'] = [];
  graph.forEachEdge((id, _a, source, target) => edges.push({ id, source, target }));
  return { nodes, edges };
};
