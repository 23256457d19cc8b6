import { useEffect, useMemo, useState } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import type { SearchHit } from '../../model/searchIndex';
import { searchFor, type Searcher } from './entitySearch';

export interface SearchHits {
  hits: SearchHit[];
  /** False until the index is built. */
  ready: boolean;
  /** False while the hits shown are those of an earlier text (a worker is answering this one). */
  current: boolean;
  /** The hits for the text as it is now, once they are known. */
  settled: () => Promise<SearchHit[]>;
}

interface Answer {
  from: Searcher;
  text: string;
  types: string;
  hits: SearchHit[];
}

const NONE: SearchHit[] = [];

/**
 * The hits for `text` among entities of `types`. The index is built on the first query (or by the
 * idle warm-up), not at start-up; a large graph's queries are answered by a worker, and the last
 * answer stays on screen until the next one arrives.
 */
export const useSearchHits = (text: string, types?: readonly string[]): SearchHits => {
  const graph = useGraph();
  const needed = text.trim().length > 0;
  const [searcher, setSearcher] = useState<{ graph: unknown; value: Searcher } | null>(null);
  const ready = searcher !== null && searcher.graph === graph;
  useEffect(() => {
    if (!needed || ready) return undefined;
    let live = true;
    void searchFor(graph).then((value) => live && setSearcher({ graph, value }));
    return () => {
      live = false;
    };
  }, [graph, needed, ready]);

  // A key, not the array: a caller passing a new array each render must not ask again each render.
  const typesKey = types ? types.join('\u0000') : '';
  const wanted = useMemo(() => (typesKey ? typesKey.split('\u0000') : undefined), [typesKey]);
  const s = ready ? searcher.value : null;
  const onPage = useMemo(
    () => (s?.where === 'page' ? s.search(text, wanted ? { types: wanted } : {}) : null),
    [s, text, wanted],
  );
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (s?.where !== 'worker') return undefined;
    let live = true;
    const settle = (hits: SearchHit[]) => live && setAnswer({ from: s, text, types: typesKey, hits });
    s.search(text, wanted ? { types: wanted } : {}).then(settle, () => settle(NONE));
    return () => {
      live = false;
    };
  }, [s, text, wanted, typesKey]);

  if (!s) return { hits: NONE, ready: false, current: false, settled: () => Promise.resolve(NONE) };
  if (onPage) return { hits: onPage, ready: true, current: true, settled: () => Promise.resolve(onPage) };
  const mine = answer?.from === s ? answer : null;
  const current = mine !== null && mine.text === text && mine.types === typesKey;
  const hits = mine?.hits ?? NONE;
  const ask = s.where === 'worker' ? s.search : null;
  const settled = () =>
    current || !ask ? Promise.resolve(hits) : ask(text, wanted ? { types: wanted } : {}).catch(() => NONE);
  return { hits, ready: true, current, settled };
};
