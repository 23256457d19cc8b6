import { useEffect, useState } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { buildSearch, type EntitySearch } from '../../model/searchIndex';
import type { KnowledgeGraph } from '../../model/types';

const cache = new WeakMap<KnowledgeGraph, Promise<EntitySearch>>();
const NOTHING: EntitySearch = () => [];

/** Loads the search code and builds the index (the idle warm-up calls this before anyone types). */
export const searchFor = (graph: KnowledgeGraph): Promise<EntitySearch> => {
  let promise = cache.get(graph);
  if (!promise) {
    promise = import('minisearch').then(({ default: MiniSearch }) => buildSearch(graph, MiniSearch));
    cache.set(graph, promise);
  }
  return promise;
};

/** The search index of the graph: its code loads and the index is built on the first query, not at start-up. */
export const useEntitySearch = (needed = true): { search: EntitySearch; ready: boolean } => {
  const graph = useGraph();
  const [search, setSearch] = useState<EntitySearch>(() => NOTHING);
  useEffect(() => {
    if (!needed || search !== NOTHING) return undefined;
    let live = true;
    void searchFor(graph).then((ready) => live && setSearch(() => ready));
    return () => {
      live = false;
    };
  }, [graph, needed, search]);
  return { search, ready: search !== NOTHING };
};
