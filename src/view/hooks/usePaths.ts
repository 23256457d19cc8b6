import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { shortestPaths, type FoundPath } from '../../model/paths';
import { useViewStore } from '../../state/store';
import { useVisibleSubgraph } from './useVisibleSubgraph';

/** The shortest paths between the chosen "from" and "to" entities, over visible relations. */
export const usePaths = (): FoundPath[] => {
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const path = useViewStore((s) => s.path);
  return useMemo(
    () =>
      path && graph.hasNode(path.from) && graph.hasNode(path.to)
        ? shortestPaths(graph, visible.edges, path.from, path.to)
        : [],
    [graph, visible, path],
  );
};
