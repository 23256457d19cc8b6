import { useMemo, useSyncExternalStore } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import type { FoundPath, PathDirection, PathResult } from '../../model/paths';
import { itemPasses } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';
import { pathJob, type PathJobState } from './pathJobs';
import { useVisibleSubgraph } from './useVisibleSubgraph';

export interface PathsView {
  /** The paths found, ranked (empty while searching). */
  paths: FoundPath[];
  searching: boolean;
  result: PathResult | null;
  direction: PathDirection;
}

const IDLE: PathJobState = { searching: false, result: null };
const idle = () => () => {};

/**
 * The paths between the chosen "from" and "to" entities over the visible relations: searched off
 * the render path (a shared job per ends, mode and filters; see pathJobs.ts), with a searching state.
 */
export const usePaths = (): PathsView => {
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const filters = useViewStore((s) => s.filters);
  const path = useViewStore((s) => s.path);
  const direction = useViewStore((s) => s.pathDirection);
  const itemFilter = useMemo(
    () => (source: string, target: string, item: Parameters<typeof itemPasses>[3]) =>
      itemPasses(graph, source, target, item, filters),
    [graph, filters],
  );
  const job = useMemo(
    () =>
      path && graph.hasNode(path.from) && graph.hasNode(path.to)
        ? pathJob(graph, visible, path.from, path.to, direction, itemFilter)
        : undefined,
    [graph, visible, path, direction, itemFilter],
  );
  const state = useSyncExternalStore(job?.subscribe ?? idle, job?.getState ?? (() => IDLE));
  return { paths: state.result?.paths ?? [], searching: state.searching, result: state.result, direction };
};
