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
  /** Its place among all candidates by label (the last tie-breaker, compared as a number). */
  alpha: number;
  /**
   * Every name run together, one per line: a name that matches at all holds each word of the query
   * (every tier above needs that), so a candidate whose names hold none is passed over unread.
   */
  haystack: string;
}

/** The names of a candidate, one per line, for the quick test of `rankCandidates`. */
export const haystackOf = (names: readonly Words[], secondary: readonly Words[]): string =>
  [...names, ...secondary].map((n) => n.compact).join('\n');

/** Each candidate's `alpha`: its index when all are ordered by label as the reader's locale orders them. */
export const alphabetical = (labels: readonly string[]): number[] => {
  const collator = new Intl.Collator();
  const order = labels.map((_, i) => i).sort((a, b) => collator.compare(labels[a]!, labels[b]!));
  const alpha = new Array<number>(labels.length);
  order.forEach((at, place) => (alpha[at] = place));
  return alpha;
};

export interface Ranked {
  id: string;
  tier: number;
  extra: number;
  isLabel: boolean;
}

const better = (m: NameMatch, isLabel: boolean, best: Ranked): boolean =>
  m.tier > best.tier ||
  (m.tier === best.tier && (m.extra < best.extra || (m.extra === best.extra && isLabel && !best.isLabel)));

/** The best name of a candidate for the query. */
export const bestMatch = (query: Words, c: Candidate): Ranked => {
  let best: Ranked = { id: c.id, tier: Tier.none, extra: Infinity, isLabel: false };
  c.names.forEach((name, i) => {
    const m = matchName(query, name);
    if (better(m, i < c.labels, best))
      best = { id: c.id, tier: m.tier, extra: m.extra, isLabel: i < c.labels };
  });
  for (const name of c.secondary) {
    const m = matchName(query, name);
    m.tier = Math.min(m.tier, Tier.everyWord);
    if (better(m, false, best)) best = { id: c.id, tier: m.tier, extra: m.extra, isLabel: false };
  }
  return best;
};

const NO_MATCH: Ranked = { id: '', tier: Tier.none, extra: Infinity, isLabel: false };

type Scored = { c: Candidate; m: Ranked; f: number };

const byRank = (a: Scored, b: Scored): number =>
  b.m.tier - a.m.tier ||
  b.f - a.f ||
  a.m.extra - b.m.extra ||
  Number(b.m.isLabel) - Number(a.m.isLabel) ||
  b.c.weight - a.c.weight ||
  a.c.order - b.c.order ||
  a.c.alpha - b.c.alpha;

/**
 * The best `limit` candidates: by tier; within a tier by fewer extra words, a label before an alias,
 * the more connected entity, then type order and label. Candidates that match by no name but that
 * the fuzzy index found (a typo: its score, from `fuzzy`) come last, by that score; the fuzzy index
 * is asked only when the names alone give fewer than `limit`.
 */
export const rankCandidates = (
  query: string,
  candidates: readonly Candidate[],
  fuzzy: () => ReadonlyMap<string, number> = () => new Map(),
  limit = Infinity,
): Candidate[] => {
  const q = toWords(query);
  const scored: Scored[] = [];
  for (const c of candidates) {
    const m = q.words.every((w) => c.haystack.includes(w)) ? bestMatch(q, c) : NO_MATCH;
    if (m.tier > Tier.none) scored.push({ c, m, f: 0 });
  }
  if (scored.length < limit) {
    const typos = fuzzy();
    const named = new Set(scored.map(({ c }) => c.id));
    for (const c of candidates) {
      const f = named.has(c.id) ? 0 : (typos.get(c.id) ?? 0);
      if (f > 0) scored.push({ c, m: NO_MATCH, f });
    }
  }
  return scored
    .sort(byRank)
    .slice(0, limit)
    .map(({ c }) => c);
};
