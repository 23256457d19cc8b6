import type MiniSearchClass from 'minisearch';
import { normaliseTerm, rankCandidates, toWords, type Candidate } from './searchRanking';

export { normaliseTerm } from './searchRanking';
import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface SearchHit {
  id: string;
  label: string;
  type: string;
  score: number;
}

/** Splits on spaces and punctuation but keeps letter–digit runs together ("beta1", "il-6" → "il", "6"). */
const tokenize = (text: string): string[] =>
  normaliseTerm(text)
    .split(/[\s\-_/,;:.()[\]'’"+]+/)
    .filter(Boolean);

export type EntitySearch = (
  query: string,
  options?: { types?: readonly string[]; limit?: number },
) => SearchHit[];

/**
 * Search over labels and aliases (and, for references, authors and titles), ranked as a reader
 * expects (searchRanking.ts): the name itself first, then kinds of it, names starting with it, and so
 * on; MiniSearch's fuzzy index adds what only a typo-tolerant match finds, after those.
 */
export const buildSearch = (graph: KnowledgeGraph, MiniSearch: typeof MiniSearchClass): EntitySearch => {
  const index = new MiniSearch<{
    id: string;
    label: string;
    aliases: string;
    extra: string;
    type: string;
  }>({
    fields: ['label', 'aliases', 'extra'],
    storeFields: ['type'],
    tokenize,
    processTerm: (term) => normaliseTerm(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      boost: { label: 3, aliases: 2, extra: 0.5 },
      combineWith: 'AND',
    },
  });
  const v = vocabOf(graph);
  const referenceType = v.referenceType;
  index.addAll(
    graph.mapNodes((id, a) => ({
      id,
      label: a.label,
      aliases: a.aliases.join(' ; '),
      extra:
        a.type === referenceType
          ? `${a.authors ?? ''} ${a.title ?? ''} ${a.ref ?? ''}`
          : (id.split('/')[1] ?? ''),
      type: a.type,
    })),
  );
  const typeOrder = new Map(v.types.map((t, i) => [t.id, i]));
  const candidates: Candidate[] = graph.mapNodes((id, a) => {
    const reference = a.type === referenceType;
    const slug = id.split('/').slice(1).join('/');
    return {
      id,
      label: a.label,
      type: a.type,
      names: [a.label, ...a.aliases, ...(reference || !slug ? [] : [slug])].map(toWords),
      labels: 1,
      secondary: reference ? [a.authors ?? '', a.title ?? ''].filter(Boolean).map(toWords) : [],
      weight: graph.degree(id),
      order: typeOrder.get(a.type) ?? typeOrder.size,
    };
  });
  return (query, options = {}) => {
    const q = query.trim();
    if (q.length === 0) return [];
    const types = options.types ? new Set(options.types) : undefined;
    const fuzzy = new Map(index.search(q).map((r) => [r.id as string, r.score]));
    const pool = types ? candidates.filter((c) => types.has(c.type)) : candidates;
    const ranked = rankCandidates(q, pool, (id) => fuzzy.get(id) ?? 0);
    const limit = options.limit ?? 40;
    return ranked.slice(0, limit).map((c, i) => ({
      id: c.id,
      label: c.label,
      type: c.type,
      score: ranked.length - i,
    }));
  };
};
