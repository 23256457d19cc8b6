import type { SearchDocument, SearchHit, SearchOptions } from '../../model/searchIndex';
import type { SearchReply, SearchRequest } from './searchMessages';

/** A search answered by a worker: each query resolves with its hits; `close` ends the worker. */
export interface WorkerSearch {
  search: (query: string, options?: SearchOptions) => Promise<SearchHit[]>;
  close: () => void;
}

/**
 * Starts the search worker on these documents. Resolves once its index is built; rejects when the
 * worker cannot start or fails while building (the caller then builds the index on the page).
 */
export const startWorkerSearch = (documents: SearchDocument[]): Promise<WorkerSearch> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    const waiting = new Map<number, { done: (hits: SearchHit[]) => void; fail: (e: Error) => void }>();
    let next = 0;
    let ready = false;
    const failAll = (error: Error) => {
      waiting.forEach((w) => w.fail(error));
      waiting.clear();
    };
    const handle: WorkerSearch = {
      search: (query, options = {}) =>
        query.trim().length === 0
          ? Promise.resolve([])
          : new Promise((done, fail) => {
              const id = ++next;
              waiting.set(id, { done, fail });
              worker.postMessage({ kind: 'query', id, query, options } satisfies SearchRequest);
            }),
      close: () => {
        worker.terminate();
        failAll(new Error('the search was closed'));
      },
    };
    worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
      if (data.kind === 'ready') {
        ready = true;
        resolve(handle);
      } else if (data.kind === 'hits') {
        waiting.get(data.id)?.done(data.hits);
        waiting.delete(data.id);
      } else if (data.id !== undefined) {
        waiting.get(data.id)?.fail(new Error(data.error));
        waiting.delete(data.id);
      } else if (!ready) {
        worker.terminate();
        reject(new Error(data.error));
      } else failAll(new Error(data.error));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'the search worker stopped');
      if (!ready) reject(error);
      failAll(error);
      worker.terminate();
    };
    worker.postMessage({ kind: 'build', documents } satisfies SearchRequest);
  });
