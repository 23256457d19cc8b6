import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { visibleSubgraph } from '../../model/visibleSubgraph';
import type { Filters } from '../../state/viewTypes';

/**
 * How many relations each alternative would leave, given the other filters as they are:
 * the count effect shown next to every option. Computed only while the filter panel is open.
 * `apply` turns the current filters and one option into the filters that option would give.
 */
export const useFilterEffects = <T>(
  filters: Filters,
  options: readonly T[],
  apply: (filters: Filters, option: T) => Filters,
  enabled: boolean,
): number[] => {
  const graph = useGraph();
  return useMemo(
    () => (enabled ? options.map((option) => visibleSubgraph(graph, apply(filters, option)).edges.size) : []),
    [graph, filters, options, apply, enabled],
  );
};
