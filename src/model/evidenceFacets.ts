import { broaderChain } from './graphQueries';
import type { EvidenceItem, KnowledgeGraph } from './types';
import type { FacetInfo } from './vocabulary/datasetSchema';
import { vocabOf } from './vocabOf';

/**
 * The entities an evidence item is about: the edge's two ends plus the item's `involves`,
 * each with its broader entities. Used by filters and by the gap map.
 */
export const itemEntities = (
  graph: KnowledgeGraph,
  source: string,
  target: string,
  item: EvidenceItem,
): Set<string> => {
  const out = new Set<string>();
  for (const id of [source, target, ...(item.involves ?? [])]) {
    if (graph.hasNode(id)) broaderChain(graph, id).forEach((x) => out.add(x));
  }
  return out;
};

/** The dataset's first facet (the review's: MSCs or exosomes), which the gap map can split by. */
export const mainFacet = (graph: KnowledgeGraph): FacetInfo | undefined => vocabOf(graph).schema.facets[0];

/**
 * Which values of a facet an item has (for the review: about MSCs, their vesicles, or both). The
 * entities of the facet's type that it names decide, by their group; an item naming none takes
 * its section's value, and one whose section has none has every value.
 */
export const itemFacetValues = (
  graph: KnowledgeGraph,
  facet: FacetInfo,
  entities: ReadonlySet<string>,
  item: EvidenceItem,
): Set<string> => {
  const known = new Set(facet.values.map((v) => v.id));
  const values = new Set<string>();
  for (const id of entities) {
    const a = graph.getNodeAttributes(id);
    if (a.type === facet.type && a.group && known.has(a.group)) values.add(a.group);
  }
  if (values.size > 0) return values;
  for (const v of facet.values) if (v.sections.includes(item.section)) values.add(v.id);
  if (values.size === 0) known.forEach((v) => values.add(v));
  return values;
};
