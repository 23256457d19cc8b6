import { useGraph } from '../../app/GraphContext';
import { buildSearch, type EntitySearch } from '../../model/searchIndex';
import type { KnowledgeGraph } from '../../model/types';

const cache = new WeakMap<KnowledgeGraph, EntitySearch>();
const NOTHING: EntitySearch = () => [];

/** The search index of the graph, built once, on the first query (not at start-up). */
export const useEntitySearch = (needed = true): EntitySearch => {
  const graph = useGraph();
  let search = cache.get(graph);
  if (!search && needed) {
    search = buildSearch(graph);
    cache.set(graph, search);
  }
  return search ?? NOTHING;
};
