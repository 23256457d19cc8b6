import { useGraph } from '../../app/GraphContext';
import { buildSearch, type EntitySearch } from '../../model/searchIndex';
import type { KnowledgeGraph } from '../../model/types';

const cache = new WeakMap<KnowledgeGraph, EntitySearch>();

/** The search index of the graph, built once on first use. */
export const useEntitySearch = (): EntitySearch => {
  const graph = useGraph();
  let search = cache.get(graph);
  if (!search) {
    search = buildSearch(graph);
    cache.set(graph, search);
  }
  return search;
};
