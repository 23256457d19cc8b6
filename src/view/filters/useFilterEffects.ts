import { useMemo } from 'react';
import { useGraph } from '../../app/GraphContext';
import { visibleSubgraph } from '../../model/visibleSubgraph';
import type { Filters } from '../../state/viewTypes';

/**
 * How many relations each alternative would leave, given the other filters as they are:
 * the count effect shown next to every option. Computed only while the filter panel is open.
 */
export const useFilterEffects = <K extends keyof Filters>(
  filters: Filters,
  key: K,
  options: readonly Filters[K][],
  enabled: boolean,
): number[] => {
  const graph = useGraph();
  return useMemo(
    () =>
      enabled ? options.map((value) => visibleSubgraph(graph, { ...filters, [key]: value }).edges.size) : [],
    [graph, filters, key, options, enabled],
  );
};
