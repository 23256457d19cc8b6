import type MiniSearchClass from 'minisearch';
import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface SearchHit {
  id: string;
  label: string;
  type: string;
  score: number;
}

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

/** Lower case, Greek letters spelled out: "TGF-β1" and "TGF-beta1" index alike. */
export const normaliseTerm = (term: string): string =>
  term.toLowerCase().replace(/[αβγδεϵκμ]/g, (c) => GREEK[c] ?? c);

/** Splits on spaces and punctuation but keeps letter–digit runs together ("beta1", "il-6" → "il", "6"). */
const tokenize = (text: string): string[] =>
  normaliseTerm(text)
    .split(/[\s\-_/,;:.()[\]'’"+]+/)
    .filter(Boolean);

export type EntitySearch = (
  query: string,
  options?: { types?: readonly string[]; limit?: number },
) => SearchHit[];

/** A fuzzy, prefix-aware index over labels and aliases (and, for references, authors and titles). */
export const buildSearch = (graph: KnowledgeGraph, MiniSearch: typeof MiniSearchClass): EntitySearch => {
  const index = new MiniSearch<{
    id: string;
    label: string;
    aliases: string;
    extra: string;
    type: string;
  }>({
    fields: ['label', 'aliases', 'extra'],
    storeFields: ['label', 'type'],
    tokenize,
    processTerm: (term) => normaliseTerm(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      boost: { label: 3, aliases: 2, extra: 0.5 },
      combineWith: 'AND',
    },
  });
  const referenceType = vocabOf(graph).referenceType;
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
  const typeOrder = new Map(vocabOf(graph).types.map((t, i) => [t.id, i]));
  const order = (type: string) => typeOrder.get(type) ?? typeOrder.size;
  return (query, options = {}) => {
    const q = query.trim();
    if (q.length === 0) return [];
    const types = options.types ? new Set(options.types) : undefined;
    const exact = normaliseTerm(q);
    return index
      .search(q)
      .filter((r) => !types || types.has(r.type as string))
      .map((r) => {
        const a = graph.getNodeAttributes(r.id as string);
        const isExact = normaliseTerm(a.label) === exact || a.aliases.some((x) => normaliseTerm(x) === exact);
        return { id: r.id as string, label: a.label, type: a.type, score: r.score * (isExact ? 10 : 1) };
      })
      .sort((x, y) => y.score - x.score || order(x.type) - order(y.type))
      .slice(0, options.limit ?? 40);
  };
};
