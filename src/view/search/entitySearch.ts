import {
  buildSearch,
  searchDocuments,
  type EntitySearch,
  type SearchHit,
  type SearchOptions,
} from '../../model/searchIndex';
import type { KnowledgeGraph } from '../../model/types';
import { startWorkerSearch } from './workerSearch';

/** A graph's search: answered on the page (small graphs) or by a worker (large ones). */
export type Searcher =
  | { where: 'page'; search: EntitySearch }
  | { where: 'worker'; search: (query: string, options?: SearchOptions) => Promise<SearchHit[]> };

/**
 * From this many entities the index is built and queried in a worker. Building it takes about 30 ms
 * per 1,000 entities here (0.5 s at 20k, 1.3 s at 50k, in Node), which is a frozen page from a few
 * thousand on; below, the round trip to a worker would cost more than it saves.
 */
export const WORKER_SEARCH_MIN = 3000;

const cache = new WeakMap<KnowledgeGraph, Promise<Searcher>>();
/** The graph whose worker is running: opening another graph's search ends it. */
let running: { graph: KnowledgeGraph; close: () => void } | undefined;

const onPage = (graph: KnowledgeGraph): Promise<Searcher> =>
  import('minisearch').then(({ default: MiniSearch }) => ({
    where: 'page',
    search: buildSearch(graph, MiniSearch),
  }));

const inWorker = (graph: KnowledgeGraph): Promise<Searcher> =>
  startWorkerSearch(searchDocuments(graph)).then(
    (worker) => {
      if (running && running.graph !== graph) {
        running.close();
        cache.delete(running.graph);
      }
      running = { graph, close: worker.close };
      return { where: 'worker', search: worker.search };
    },
    // A browser that cannot start the worker still searches, on the page.
    () => onPage(graph),
  );

/** The measure each built index leaves, saying how long it took and where it is answered. */
export const SEARCH_INDEX_MEASURE = 'search-index';

const measured = (built: Promise<Searcher>, start: number): Promise<Searcher> =>
  built.then((searcher) => {
    performance.measure(SEARCH_INDEX_MEASURE, { start, detail: { where: searcher.where } });
    return searcher;
  });

/** Loads the search code and builds the index (the idle warm-up calls this before anyone types). */
export const searchFor = (graph: KnowledgeGraph): Promise<Searcher> => {
  let promise = cache.get(graph);
  if (!promise) {
    const large = graph.order >= WORKER_SEARCH_MIN && typeof Worker !== 'undefined';
    promise = measured(large ? inWorker(graph) : onPage(graph), performance.now());
    cache.set(graph, promise);
  }
  return promise;
};
