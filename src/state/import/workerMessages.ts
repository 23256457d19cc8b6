import type { DatasetPositions, ImportedDataset } from '../../formats/types';

/** What the import worker tells the page. */
export type WorkerReply =
  | { kind: 'progress'; phase: 'decoding' | 'parsing' | 'layout' | 'done'; fraction: number }
  | { kind: 'failed'; error: string }
  | { kind: 'done'; dataset: ImportedDataset; positions: DatasetPositions };
