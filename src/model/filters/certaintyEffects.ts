import type { KnowledgeGraph } from '../types';
import { evidenceUnfiltered, itemPasses, type SubgraphFilter } from '../visibleSubgraph';
import { vocabOf } from '../vocabOf';

/**
 * How many relations each certainty option would leave (an option is the list of certainty values it
 * shows; empty shows all), with every other filter as it is. One pass over the edges: each edge
 * collects the certainty of its items that pass the other filters, then counts for every option that
 * shows one of them. Equal, option by option, to `visibleSubgraph` with that option (tested).
 */
export const certaintyEffects = (
  graph: KnowledgeGraph,
  filter: SubgraphFilter,
  options: readonly (readonly string[])[],
): number[] => {
  const others: SubgraphFilter = { ...filter, certainty: [] };
  const types = new Set(filter.types);
  const kinds = new Set(filter.relations);
  const referenceType = vocabOf(graph).referenceType;
  const shown = (id: string) => {
    const type = graph.getNodeAttribute(id, 'type');
    return type !== referenceType && types.has(type);
  };
  const counts = options.map(() => 0);
  // An edge without evidence has no certainty: only the option that shows all keeps it.
  const bare = evidenceUnfiltered(graph, others);
  graph.forEachEdge((_key, a, source, target) => {
    if (!shown(source) || !shown(target) || (kinds.size > 0 && !kinds.has(a.relation))) return;
    if (a.evidence.length === 0) {
      if (bare) options.forEach((option, i) => option.length === 0 && counts[i]!++);
      return;
    }
    const values = new Set<string>();
    let any = false;
    for (const item of a.evidence) {
      if (!itemPasses(graph, source, target, item, others)) continue;
      any = true;
      values.add(item.certainty ?? '');
    }
    if (!any) return;
    options.forEach((option, i) => {
      if (option.length === 0 || option.some((value) => values.has(value))) counts[i]!++;
    });
  });
  return counts;
};
