import type { GapItem } from './gapItems';

/** What the canvas highlights for a gap-map cell: the relations carrying its items and every entity they name. */
export const gapCellElements = (items: readonly GapItem[], row: string, col: string): string[] => {
  const ids = new Set<string>();
  for (const entry of items) {
    if (!entry.rolledUp.has(row) || !entry.rolledUp.has(col)) continue;
    entry.edges.forEach((e) => ids.add(e));
    entry.named.forEach((n) => ids.add(n));
  }
  return [...ids];
};
