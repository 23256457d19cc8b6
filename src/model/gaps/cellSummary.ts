import type { Vocabulary } from '../vocabulary/vocabulary';
import type { GapItem } from './gapItems';

/** A cell's statements by reference, each reference with its statements per level (strongest first). */
export interface ReferenceSummary {
  /** The reference number, or null for statements that cite none. */
  ref: number | null;
  byLevel: { level?: string; count: number }[];
  statements: number;
}

export const summariseByReference = (v: Vocabulary, items: readonly GapItem[]): ReferenceSummary[] => {
  const byRef = new Map<number | null, GapItem[]>();
  for (const entry of items) {
    const refs = entry.item.refs.length > 0 ? entry.item.refs : [null];
    for (const r of refs) byRef.set(r, [...(byRef.get(r) ?? []), entry]);
  }
  return [...byRef.entries()]
    .map(([ref, list]) => {
      const counts = new Map<string | undefined, number>();
      for (const e of list) counts.set(e.item.level, (counts.get(e.item.level) ?? 0) + 1);
      return {
        ref,
        statements: list.length,
        byLevel: [...counts.entries()]
          .map(([level, count]) => ({ ...(level !== undefined ? { level } : {}), count }))
          .sort((a, b) => v.rank(b.level) - v.rank(a.level)),
      };
    })
    .sort((a, b) => (a.ref ?? Infinity) - (b.ref ?? Infinity));
};

/** The statements of any cell, open or closed: those counting for a member of the row and of the column. */
export const cellItems = (
  items: readonly GapItem[],
  rowMembers: readonly string[],
  colMembers: readonly string[],
) =>
  items.filter((e) => rowMembers.some((m) => e.rolledUp.has(m)) && colMembers.some((m) => e.rolledUp.has(m)));
