import { useMemo } from 'react';
import { useGraph } from '../../app/GraphContext';
import { visibleSubgraph, type VisibleSubgraph } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';

/** The entities and relations the current filters keep (memoized on the filters). */
export const useVisibleSubgraph = (): VisibleSubgraph => {
  const graph = useGraph();
  const filters = useViewStore((s) => s.filters);
  return useMemo(() => visibleSubgraph(graph, filters), [graph, filters]);
};
