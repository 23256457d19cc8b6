import { useGraph } from '../../dataset/DatasetContext';
import type { KnowledgeGraph } from '../../model/types';
import { visibleSubgraph, type VisibleSubgraph } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/viewTypes';

/** One computation per (graph, filters) state, shared by every component that asks. */
const cache = new WeakMap<KnowledgeGraph, { filters: Filters; value: VisibleSubgraph }>();

/** The entities and relations the current filters keep. */
export const useVisibleSubgraph = (): VisibleSubgraph => {
  const graph = useGraph();
  const filters = useViewStore((s) => s.filters);
  const hit = cache.get(graph);
  if (hit && hit.filters === filters) return hit.value;
  const value = visibleSubgraph(graph, filters);
  cache.set(graph, { filters, value });
  return value;
};
