import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { filterEffects, type FilterEffects } from '../../model/filters/filterEffects';
import type { KnowledgeGraph } from '../../model/types';
import type { Filters } from '../../state/viewTypes';

/** One count per (graph, filters): the level, facet, section and relation fieldsets share it. */
const cache = new WeakMap<KnowledgeGraph, { filters: Filters; value: FilterEffects }>();

const NONE: FilterEffects = { levels: [], sections: [], relations: [], facets: {} };

/**
 * How many relations each filter option would leave, given the other filters as they are: the
 * count shown next to every option, all options in one pass over the graph (`filterEffects`).
 * Computed only while the filter panel is open.
 */
export const useFilterEffects = (filters: Filters, enabled: boolean): FilterEffects => {
  const graph = useGraph();
  return useMemo(() => {
    if (!enabled) return NONE;
    const hit = cache.get(graph);
    if (hit && hit.filters === filters) return hit.value;
    const value = filterEffects(graph, filters);
    cache.set(graph, { filters, value });
    return value;
  }, [graph, filters, enabled]);
};
