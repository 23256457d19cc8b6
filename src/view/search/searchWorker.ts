import MiniSearch from 'minisearch';
import { searchOver, type EntitySearch } from '../../model/searchIndex';
import type { SearchReply, SearchRequest } from './searchMessages';

/**
 * Builds a large graph's search index off the main thread and answers its queries, so that neither
 * the build (over a second at 50,000 entities) nor a query holds up the canvas.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: SearchReply) => void;
};

let search: EntitySearch | undefined;

scope.onmessage = ({ data }) => {
  const id = data.kind === 'query' ? { id: data.id } : {};
  try {
    if (data.kind === 'build') {
      const started = performance.now();
      search = searchOver(data.documents, MiniSearch);
      scope.postMessage({ kind: 'ready', ms: performance.now() - started });
    } else if (search) {
      scope.postMessage({ kind: 'hits', id: data.id, hits: search(data.query, data.options) });
    } else scope.postMessage({ kind: 'failed', error: 'a query came before the index was built', ...id });
  } catch (error) {
    scope.postMessage({ kind: 'failed', error: (error as Error).message, ...id });
  }
};
