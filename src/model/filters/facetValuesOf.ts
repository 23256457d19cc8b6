import { itemEntities, itemFacetValues } from '../evidenceFacets';
import type { EvidenceItem, KnowledgeGraph } from '../types';
import type { FacetInfo } from '../vocabulary/datasetSchema';

interface Entry {
  graph: KnowledgeGraph;
  source: string;
  target: string;
  facet: FacetInfo;
  values: ReadonlySet<string>;
}

/** One entry per item and facet: an item's facet values depend only on the graph, never on the filters. */
const memo = new WeakMap<EvidenceItem, Entry[]>();

/**
 * The values of `facet` an evidence item on the edge source → target has (`itemFacetValues` of its
 * entities), computed once per item: every filter change and every option count reads them again.
 */
export const facetValuesOf = (
  graph: KnowledgeGraph,
  source: string,
  target: string,
  item: EvidenceItem,
  facet: FacetInfo,
): ReadonlySet<string> => {
  let entries = memo.get(item);
  const hit = entries?.find(
    (e) => e.facet === facet && e.graph === graph && e.source === source && e.target === target,
  );
  if (hit) return hit.values;
  const values = itemFacetValues(graph, facet, itemEntities(graph, source, target, item), item);
  if (!entries) memo.set(item, (entries = []));
  entries.push({ graph, source, target, facet, values });
  return values;
};
