/**
 * How well a name (a label or an alias) answers a query, as a reader would judge it: the name
 * itself; a kind of the thing asked for ("MSC-derived exosomes" for "exosome"); a name that starts
 * with the words asked for; a name that starts with what is typed; every word typed starting a word
 * of the name; the letters typed inside the name. Case, Greek letters (β = beta), accents,
 * subscripts (H₂O₂), hyphens, apostrophes and a plural -s make no difference.
 */

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ϵ: 'epsilon',
  κ: 'kappa',
  μ: 'mu',
};

/** Lower case, compatibility forms (H₂O₂ → h2o2), accents dropped, Greek letters spelled out. */
export const normaliseTerm = (term: string): string =>
  term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[αβγδεϵκμ]/g, (c) => GREEK[c] ?? c);

/** "cells" and "cell", "MSCs" and "MSC" alike (not "-ss": "mass" stays). */
const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** A name or a query as words: "Wharton's jelly-derived MSCs" → wharton, jelly, derived, msc. */
export interface Words {
  words: string[];
  phrase: string;
  /** The words run together, for "IL6" against "IL-6" and "bmmsc" against "BM-MSC". */
  compact: string;
}

export const toWords = (text: string): Words => {
  const words = normaliseTerm(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular);
  return { words, phrase: words.join(' '), compact: words.join('') };
};

/** Match tiers, best first. */
export const Tier = {
  exact: 6,
  kindOf: 5,
  startsWithWords: 4,
  startsWith: 3,
  everyWord: 2,
  inside: 1,
  none: 0,
} as const;

export interface NameMatch {
  tier: number;
  /** Words of the name beyond the query's: the fewer, the closer the name is to what was asked. */
  extra: number;
}

const endsWithWords = (name: readonly string[], query: readonly string[]): boolean =>
  name.length > query.length && query.every((w, i) => name[name.length - query.length + i] === w);

const startsWithWords = (name: readonly string[], query: readonly string[]): boolean =>
  name.length > query.length && query.every((w, i) => name[i] === w);

/** The tier of one name for a query (0: no match by name; fuzzy matching is the index's job). */
export const matchName = (query: Words, name: Words): NameMatch => {
  const extra = Math.max(0, name.words.length - query.words.length);
  const tier =
    query.words.length === 0
      ? Tier.none
      : name.phrase === query.phrase || name.compact === query.compact
        ? Tier.exact
        : endsWithWords(name.words, query.words)
          ? Tier.kindOf
          : startsWithWords(name.words, query.words)
            ? Tier.startsWithWords
            : name.phrase.startsWith(query.phrase) || name.compact.startsWith(query.compact)
              ? Tier.startsWith
              : query.words.every((w) => name.words.some((x) => x.startsWith(w)))
                ? Tier.everyWord
                : query.compact.length >= 3 && name.compact.includes(query.compact)
                  ? Tier.inside
                  : Tier.none;
  return { tier, extra };
};

export interface Candidate {
  id: string;
  label: string;
  type: string;
  /** Its label first, then its aliases. */
  names: readonly Words[];
  /** How many names count as the label (a label match beats an alias match of the same tier). */
  labels: number;
  /** Names that match at most as "every word" (a reference's authors and title). */
  secondary: readonly Words[];
  /** How connected it is: the tie-breaker between equally good names. */
  weight: number;
  /** The type's display order. */
  order: number;
}

export interface Ranked {
  id: string;
  tier: number;
  extra: number;
  isLabel: boolean;
}

/** The best name of a candidate for the query. */
export const bestMatch = (query: Words, c: Candidate): Ranked => {
  let best: Ranked = { id: c.id, tier: Tier.none, extra: Infinity, isLabel: false };
  const names = [...c.names, ...c.secondary];
  names.forEach((name, i) => {
    const m = matchName(query, name);
    if (i >= c.names.length) m.tier = Math.min(m.tier, Tier.everyWord);
    const isLabel = i < c.labels;
    if (
      m.tier > best.tier ||
      (m.tier === best.tier && (m.extra < best.extra || (m.extra === best.extra && isLabel && !best.isLabel)))
    )
      best = { id: c.id, tier: m.tier, extra: m.extra, isLabel };
  });
  return best;
};

/**
 * Orders candidates: by tier; within a tier by fewer extra words, a label before an alias, the
 * more connected entity, then type order and label. Candidates that match by no name but that the
 * fuzzy index found (`fuzzy` > 0: a typo) come last, by that score.
 */
export const rankCandidates = (
  query: string,
  candidates: readonly Candidate[],
  fuzzy: (id: string) => number = () => 0,
): Candidate[] => {
  const q = toWords(query);
  const scored: { c: Candidate; m: Ranked; f: number }[] = [];
  for (const c of candidates) {
    const m = bestMatch(q, c);
    const f = m.tier > Tier.none ? 0 : fuzzy(c.id);
    if (m.tier > Tier.none || f > 0) scored.push({ c, m, f });
  }
  return scored
    .sort(
      (a, b) =>
        b.m.tier - a.m.tier ||
        b.f - a.f ||
        a.m.extra - b.m.extra ||
        Number(b.m.isLabel) - Number(a.m.isLabel) ||
        b.c.weight - a.c.weight ||
        a.c.order - b.c.order ||
        a.c.label.localeCompare(b.c.label),
    )
    .map(({ c }) => c);
};
