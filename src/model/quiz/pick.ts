/** Deterministic choices (the same graph always gives the same quiz): FNV-1a ordering by a seed. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

/** The items in a stable, seed-dependent pseudo-random order. */
export const shuffled = <T>(items: readonly T[], seed: string, key: (item: T) => string): T[] =>
  [...items]
    .map((item) => ({ item, h: hash(`${seed}|${key(item)}`) }))
    .sort((a, b) => a.h - b.h)
    .map((x) => x.item);

/** Up to `n` items taken round-robin from several lists (variety before quantity). */
export const interleave = <T>(lists: readonly (readonly T[])[], n: number): T[] => {
  const out: T[] = [];
  for (let i = 0; out.length < n && lists.some((l) => i < l.length); i++)
    for (const list of lists) if (i < list.length && out.length < n) out.push(list[i]!);
  return out;
};

/** The answer among the distractors at a stable position (so the answer is not always first). */
export const choicesOf = (answer: string, distractors: readonly string[], seed: string): string[] =>
  shuffled([answer, ...distractors], seed, (x) => x);
