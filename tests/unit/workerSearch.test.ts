import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import {
  buildSearch,
  searchDocuments,
  type SearchDocument,
  type SearchHit,
} from '../../src/model/searchIndex';
import type { SearchReply, SearchRequest } from '../../src/view/search/searchMessages';
import { searchFor, WORKER_SEARCH_MIN } from '../../src/view/search/entitySearch';
import { startWorkerSearch } from '../../src/view/search/workerSearch';
import { reviewSchema } from '../support/schemas';
import { syntheticGraph } from '../support/syntheticGraph';

/**
 * The search worker's client against the real worker module, run here behind a stand-in Worker
 * that delivers each message as a browser would: later, and structured-cloned (so whatever the
 * page and the worker send each other must survive the copy).
 */
const graph = loadGraph(resolve('graph-data')).graph!;
const onPage = buildSearch(graph, MiniSearch);

interface WorkerScope {
  onmessage: ((event: { data: SearchRequest }) => void) | null;
  postMessage: (reply: SearchReply) => void;
}
const scope: WorkerScope = { onmessage: null, postMessage: () => undefined };
/** Replies held back, to deliver in another order than sent. */
let holdReplies: SearchReply[] | null = null;
/** Every worker started, the newest last. */
const started: FakeWorker[] = [];
const live = () => started[started.length - 1]!;

class FakeWorker {
  onmessage: ((event: { data: SearchReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    started.push(this);
    scope.postMessage = (reply) => {
      if (holdReplies && reply.kind === 'hits') holdReplies.push(reply);
      else this.deliver(reply);
    };
  }
  deliver(reply: SearchReply) {
    const copy = structuredClone(reply);
    setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }), 0);
  }
  postMessage(request: SearchRequest) {
    const copy = structuredClone(request);
    setTimeout(() => !this.terminated && scope.onmessage?.({ data: copy }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', FakeWorker);
  await import('../../src/view/search/searchWorker');
});
afterEach(() => {
  holdReplies = null;
});

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('the search worker', () => {
  it('answers every query as the page search does, types and limits included', async () => {
    const worker = await startWorkerSearch(searchDocuments(graph));
    for (const q of ['exosome', 'MSC', 'bone marrow', 'hypox', 'vegf', 'Zhang', 'angiogensis', 'zzzz']) {
      expect(ids(await worker.search(q)), q).toEqual(ids(onPage(q)));
    }
    const options = { types: ['factor', 'mechanism'], limit: 3 };
    expect(ids(await worker.search('a', options))).toEqual(ids(onPage('a', options)));
    expect(await worker.search('   ')).toEqual([]);
    worker.close();
  });

  it('gives each query its own answer when the answers come back in another order', async () => {
    const worker = await startWorkerSearch(searchDocuments(graph));
    holdReplies = [];
    const first = worker.search('exosome');
    const second = worker.search('vegf');
    await vi.waitFor(() => expect(holdReplies).toHaveLength(2));
    const [a, b] = holdReplies;
    holdReplies = null;
    live().deliver(b!);
    live().deliver(a!);
    expect(ids(await first)).toEqual(ids(onPage('exosome')));
    expect(ids(await second)).toEqual(ids(onPage('vegf')));
    worker.close();
  });

  it('refuses to start when the index cannot be built, so the page builds it instead', async () => {
    const twice: SearchDocument[] = [...searchDocuments(graph).slice(0, 3), searchDocuments(graph)[0]!];
    await expect(startWorkerSearch(twice)).rejects.toThrow(/duplicate/i);
    expect(live().terminated).toBe(true);
  });

  it('ends the worker on close, and a query still waiting says so', async () => {
    const worker = await startWorkerSearch(searchDocuments(graph));
    holdReplies = [];
    const waiting = worker.search('exosome');
    worker.close();
    await expect(waiting).rejects.toThrow(/closed/);
    expect(live().terminated).toBe(true);
  });
});

describe('where a graph is searched', () => {
  const large = syntheticGraph({ nodes: WORKER_SEARCH_MIN, schema: reviewSchema(), seed: 7 });

  it('searches the review on the page and a large graph in the worker, with the same hits', async () => {
    expect((await searchFor(graph)).where).toBe('page');
    const searcher = await searchFor(large);
    expect(searcher.where).toBe('worker');
    const label = large.getNodeAttribute(large.nodes()[42]!, 'label');
    const inPage = buildSearch(large, MiniSearch)(label);
    expect(ids(await (searcher as { search: (q: string) => Promise<SearchHit[]> }).search(label))).toEqual(
      ids(inPage),
    );
  });

  it('searches a large graph on the page when the worker cannot start', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('workers are blocked here');
        }
      },
    );
    const other = syntheticGraph({ nodes: WORKER_SEARCH_MIN, schema: reviewSchema(), seed: 8 });
    expect((await searchFor(other)).where).toBe('page');
    vi.stubGlobal('Worker', FakeWorker);
  });
});
