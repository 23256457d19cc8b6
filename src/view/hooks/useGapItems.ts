import { useGraph } from '../../dataset/DatasetContext';
import { collectGapItems, type GapItem } from '../../model/gaps/gapItems';
import type { KnowledgeGraph } from '../../model/types';
import { itemPasses } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/viewTypes';

const NONE: GapItem[] = [];
const cache = new WeakMap<KnowledgeGraph, { filters: Filters; items: GapItem[] }>();

/** The distinct evidence items that pass the current level, section and therapy filters (computed once per filter state). */
export const useGapItems = (needed = true): GapItem[] => {
  const graph = useGraph();
  const filters = useViewStore((s) => s.filters);
  if (!needed) return NONE;
  const hit = cache.get(graph);
  if (hit && hit.filters === filters) return hit.items;
  const items = collectGapItems(graph, (source, target, item) =>
    itemPasses(graph, source, target, item, filters),
  );
  cache.set(graph, { filters, items });
  return items;
};
