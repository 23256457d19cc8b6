import type { KnowledgeGraph } from '../types';
import type { GapItem } from './gapItems';

/** The evidence table's filters: words of the quote or of the entities named, an outcome, a reference. */
export interface EvidenceQuery {
  text: string;
  outcome: string;
  ref: number | null;
}

export const queryActive = (q: EvidenceQuery): boolean =>
  q.text.trim() !== '' || q.outcome !== '' || q.ref !== null;

/** The items that pass the table's filters (all of them when none is set). */
export const filterItems = (
  graph: KnowledgeGraph,
  items: readonly GapItem[],
  q: EvidenceQuery,
): readonly GapItem[] => {
  if (!queryActive(q)) return items;
  const words = q.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((entry) => {
    if (q.outcome && entry.item.outcome !== q.outcome) return false;
    if (q.ref !== null && !entry.item.refs.includes(q.ref)) return false;
    if (words.length === 0) return true;
    const text =
      `${entry.item.quote} ${[...entry.named].map((id) => graph.getNodeAttribute(id, 'label')).join(' ')}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
};

/** What the canvas brings forward for the filtered items: the relations carrying them and what they name. */
export const itemElements = (items: readonly GapItem[]): string[] => {
  const ids = new Set<string>();
  for (const entry of items) {
    entry.edges.forEach((e) => ids.add(e));
    entry.named.forEach((n) => ids.add(n));
  }
  return [...ids];
};
