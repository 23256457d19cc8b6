import type { KnowledgeGraph } from './types';

export interface LayoutInput {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
}

/** The part of the graph that gets positions: every entity but the references. */
export const layoutInput = (graph: KnowledgeGraph): LayoutInput => {
  const nodes: LayoutInput['nodes'] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== 'paper') nodes.push({ id });
  });
  const edges: LayoutInput['edges'] = [];
  graph.forEachEdge((id, _a, source, target) => edges.push({ id, source, target }));
  return { nodes, edges };
};
