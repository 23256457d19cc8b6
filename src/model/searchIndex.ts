import type MiniSearchClass from 'minisearch';
import {
  alphabetical,
  haystackOf,
  normaliseTerm,
  rankCandidates,
  toWords,
  type Candidate,
} from './searchRanking';

export { normaliseTerm } from './searchRanking';
import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface SearchHit {
  id: string;
  label: string;
  type: string;
  score: number;
}

export interface SearchOptions {
  types?: readonly string[];
  limit?: number;
}

export type EntitySearch = (query: string, options?: SearchOptions) => SearchHit[];

/**
 * What the search knows of one entity, as plain data (it can be posted to a worker): its names, what
 * else it is found by, and what breaks ties between equally good matches.
 */
export interface SearchDocument {
  id: string;
  label: string;
  type: string;
  aliases: string[];
  /** The id's part after its type (none for a reference): matched as one more name. */
  slug: string;
  /** A reference's authors and title: matched after every name. */
  secondary: string[];
  /** What MiniSearch's fuzzy index also reads (a reference's authors, title and number). */
  extra: string;
  /** Its degree: among equal matches, the better-connected entity first. */
  weight: number;
  /** Its type's place in the schema: the order of the groups in the result list. */
  order: number;
}

/** Splits on spaces and punctuation but keeps letter–digit runs together ("beta1", "il-6" → "il", "6"). */
const tokenize = (text: string): string[] =>
  normaliseTerm(text)
    .split(/[\s\-_/,;:.()[\]'’"+]+/)
    .filter(Boolean);

/** The graph's entities as search documents. */
export const searchDocuments = (graph: KnowledgeGraph): SearchDocument[] => {
  const v = vocabOf(graph);
  const typeOrder = new Map(v.types.map((t, i) => [t.id, i]));
  return graph.mapNodes((id, a) => {
    const reference = a.type === v.referenceType;
    const slug = id.split('/').slice(1).join('/');
    return {
      id,
      label: a.label,
      type: a.type,
      aliases: a.aliases,
      slug: reference ? '' : slug,
      secondary: reference ? [a.authors ?? '', a.title ?? ''].filter(Boolean) : [],
      extra: reference ? `${a.authors ?? ''} ${a.title ?? ''} ${a.ref ?? ''}` : (id.split('/')[1] ?? ''),
      weight: graph.degree(id),
      order: typeOrder.get(a.type) ?? typeOrder.size,
    };
  });
};

/**
 * Search over labels and aliases (and, for references, authors and titles), ranked as a reader
 * expects (searchRanking.ts): the name itself first, then kinds of it, names starting with it, and so
 * on; MiniSearch's fuzzy index adds what only a typo-tolerant match finds, after those.
 */
export const searchOver = (
  documents: readonly SearchDocument[],
  MiniSearch: typeof MiniSearchClass,
): EntitySearch => {
  const index = new MiniSearch<{ id: string; label: string; aliases: string; extra: string }>({
    fields: ['label', 'aliases', 'extra'],
    tokenize,
    processTerm: (term) => normaliseTerm(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      boost: { label: 3, aliases: 2, extra: 0.5 },
      combineWith: 'AND',
    },
  });
  index.addAll(
    documents.map((d) => ({ id: d.id, label: d.label, aliases: d.aliases.join(' ; '), extra: d.extra })),
  );
  const alpha = alphabetical(documents.map((d) => d.label));
  const candidates: Candidate[] = documents.map((d, i) => {
    const names = [d.label, ...d.aliases, ...(d.slug ? [d.slug] : [])].map(toWords);
    const secondary = d.secondary.map(toWords);
    return {
      id: d.id,
      label: d.label,
      type: d.type,
      names,
      labels: 1,
      secondary,
      weight: d.weight,
      order: d.order,
      alpha: alpha[i]!,
      haystack: haystackOf(names, secondary),
    };
  });
  return (query, options = {}) => {
    const q = query.trim();
    if (q.length === 0) return [];
    const types = options.types ? new Set(options.types) : undefined;
    const pool = types ? candidates.filter((c) => types.has(c.type)) : candidates;
    const fuzzy = () => new Map(index.search(q).map((r) => [r.id as string, r.score]));
    const ranked = rankCandidates(q, pool, fuzzy, options.limit ?? 40);
    // The score orders the hits (best first) and says nothing else.
    return ranked.map((c, i) => ({ id: c.id, label: c.label, type: c.type, score: ranked.length - i }));
  };
};

/** The search over a graph's entities, built here (the worker builds the same from `searchDocuments`). */
export const buildSearch = (graph: KnowledgeGraph, MiniSearch: typeof MiniSearchClass): EntitySearch =>
  searchOver(searchDocuments(graph), MiniSearch);
