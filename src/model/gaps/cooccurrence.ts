import type { GapItem } from './gapItems';

/** For each pair of entities, the evidence items that name both (roll-up included). */
export type Cooccurrence = Map<string, Map<string, GapItem[]>>;

export const buildCooccurrence = (items: readonly GapItem[], keep: (id: string) => boolean): Cooccurrence => {
  const index: Cooccurrence = new Map();
  const add = (a: string, b: string, item: GapItem) => {
    const inner = index.get(a) ?? new Map<string, GapItem[]>();
    const list = inner.get(b) ?? [];
    if (!list.includes(item)) list.push(item);
    inner.set(b, list);
    index.set(a, inner);
  };
  for (const item of items) {
    const ids = [...item.rolledUp].filter(keep);
    for (const a of ids) for (const b of ids) if (a !== b) add(a, b, item);
  }
  return index;
};

export const together = (index: Cooccurrence, a: string, b: string): GapItem[] => index.get(a)?.get(b) ?? [];
