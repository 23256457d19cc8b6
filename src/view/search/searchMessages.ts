import type { SearchDocument, SearchHit, SearchOptions } from '../../model/searchIndex';

/** What the page asks the search worker (searchWorker.ts). */
export type SearchRequest =
  | { kind: 'build'; documents: SearchDocument[] }
  | { kind: 'query'; id: number; query: string; options: SearchOptions };

/** What the search worker answers. */
export type SearchReply =
  | { kind: 'ready'; ms: number }
  | { kind: 'hits'; id: number; hits: SearchHit[] }
  | { kind: 'failed'; error: string; id?: number };
