import { normaliseForMatch } from '../quotes';
import { broaderChain } from '../graphQueries';
import { itemFacetValues, mainFacet } from '../evidenceFacets';
import type { EvidenceItem, KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

/**
 * One evidence item of the review, however many edges carry it. A statement is identified by
 * its section, its quote (whitespace and typography aside) and its references.
 */
export interface GapItem {
  key: string;
  item: EvidenceItem;
  /** The edges that carry this statement. */
  edges: string[];
  /** Entities the statement names: every carrying edge's ends plus `involves`. */
  named: Set<string>;
  /** `named` with each entity's broader entities, and the tissue of each therapy named. */
  rolledUp: Set<string>;
  /** The values of the dataset's main facet the statement has (MSCs, exosomes, or both). */
  kinds: Set<string>;
}

export const itemKey = (item: EvidenceItem): string =>
  `${item.section}|${normaliseForMatch(item.quote)}|${[...item.refs].sort((a, b) => a - b).join(',')}`;

/**
 * Every distinct evidence item with the entities it names. `keep` filters items (for the
 * level, section and therapy filters); an item is kept if any edge's copy of it passes.
 */
export const collectGapItems = (
  graph: KnowledgeGraph,
  keep: (source: string, target: string, item: EvidenceItem) => boolean = () => true,
): GapItem[] => {
  const byKey = new Map<string, GapItem>();
  const v = vocabOf(graph);
  graph.forEachEdge((edge, a, source, target) => {
    for (const item of a.evidence) {
      if (!keep(source, target, item)) continue;
      const key = itemKey(item);
      const known = byKey.get(key);
      // A statement filed on several claims at different levels (a table row with an in-vitro and an
      // in-vivo result) counts at its strongest level, whichever record comes first.
      if (known && v.rank(item.level) > v.rank(known.item.level)) known.item = item;
      const entry = byKey.get(key) ?? {
        key,
        item,
        edges: [],
        named: new Set<string>(),
        rolledUp: new Set<string>(),
        kinds: new Set<string>(),
      };
      if (!entry.edges.includes(edge)) entry.edges.push(edge);
      for (const id of [source, target, ...(item.involves ?? [])]) if (graph.hasNode(id)) entry.named.add(id);
      byKey.set(key, entry);
    }
  });
  const origin = vocabOf(graph).schema.gaps?.originRelation;
  const facet = mainFacet(graph);
  for (const entry of byKey.values()) {
    for (const id of entry.named) broaderChain(graph, id).forEach((x) => entry.rolledUp.add(x));
    // A preparation also counts for the tissue it comes from (the schema's origin relation).
    if (origin)
      for (const id of [...entry.rolledUp]) {
        graph.forEachInEdge(id, (_e, ea, source) => {
          if (ea.relation === origin) entry.rolledUp.add(source);
        });
      }
    if (facet) entry.kinds = itemFacetValues(graph, facet, entry.rolledUp, entry.item);
  }
  return [...byKey.values()];
};
