import type { KnowledgeGraph } from './types';
import type { VisibleSubgraph } from './visibleSubgraph';

/**
 * Entities the filters left without any visible relation although they have relations: drawn
 * alone they would only crowd the canvas, so the canvas hides them unless asked. Pure.
 */
export const strandedEntities = (graph: KnowledgeGraph, visible: VisibleSubgraph): Set<string> => {
  const touched = new Set<string>();
  for (const e of visible.edges) touched.add(graph.source(e)).add(graph.target(e));
  const stranded = new Set<string>();
  for (const id of visible.nodes) if (!touched.has(id) && graph.degree(id) > 0) stranded.add(id);
  return stranded;
};

/** The subgraph without the stranded entities. */
export const withoutStranded = (visible: VisibleSubgraph, stranded: ReadonlySet<string>): VisibleSubgraph =>
  stranded.size === 0
    ? visible
    : { nodes: new Set([...visible.nodes].filter((id) => !stranded.has(id))), edges: visible.edges };
