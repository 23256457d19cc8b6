import { comparable } from '../model/compare/compareNeighbourhoods';
import type { KnowledgeGraph } from '../model/types';
import type { ReaderAnchor } from './interrogateSlice';

/** The URL's part for comparison and the reader: `?compare=A,B[,C]&narrower=no`, `?read=P.S`. */
export interface InterrogateUrl {
  compare: string[];
  compareNarrower: boolean;
  reading: ReaderAnchor | null;
}

export const INTERROGATE_PARAMS = ['compare', 'narrower', 'read'] as const;

export const defaultInterrogateUrl = (): InterrogateUrl => ({
  compare: [],
  compareNarrower: true,
  reading: null,
});

/** Reads the parameters; what is wrong is left out with a notice. Says which view they imply. */
export const parseInterrogateUrl = (
  params: URLSearchParams,
  graph: KnowledgeGraph,
  notices: string[],
): InterrogateUrl & { impliedView?: 'compare' | 'reader' } => {
  const out: InterrogateUrl & { impliedView?: 'compare' | 'reader' } = defaultInterrogateUrl();
  if (params.has('compare')) {
    const ids = (params.get('compare') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const why = comparable(graph, ids);
    if (why) notices.push(`Ignored ?compare=${params.get('compare')}: ${why}.`);
    else {
      out.compare = ids;
      out.impliedView = 'compare';
    }
  }
  if (params.has('narrower')) {
    const value = params.get('narrower');
    if (value === 'no' || value === 'yes') out.compareNarrower = value === 'yes';
    else notices.push(`Ignored ?narrower=${value ?? ''}: expected yes or no.`);
  }
  if (params.has('read')) {
    const match = /^(\d+)\.(\d+)$/.exec(params.get('read') ?? '');
    const outline = graph.getAttribute('outline') ?? [];
    const paragraph = match ? outline.find((o) => o.p === Number(match[1])) : undefined;
    if (match && paragraph && Number(match[2]) >= 1 && Number(match[2]) <= paragraph.sentences) {
      out.reading = { p: Number(match[1]), s: Number(match[2]) };
      out.impliedView ??= 'reader';
    } else
      notices.push(`Ignored ?read=${params.get('read') ?? ''}: expected PARAGRAPH.SENTENCE of the review.`);
  }
  return out;
};

/** Writes the parameters (only those that differ from the defaults). */
export const serializeInterrogateUrl = (v: InterrogateUrl & { view: string }, p: URLSearchParams): void => {
  if (v.view === 'compare' && v.compare.length > 0) {
    p.set('compare', v.compare.join(','));
    if (!v.compareNarrower) p.set('narrower', 'no');
  }
  if (v.view === 'reader' && v.reading) p.set('read', `${v.reading.p}.${v.reading.s}`);
};
