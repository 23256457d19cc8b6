import { ReadError } from './readError';
import type { ImportedDataset, ReadResult } from './types';

/**
 * The edge of every reader: bad input becomes `{ ok: false, error }` with the reader's one-line
 * reason; anything else thrown is a bug of ours, reported as such (`unexpected`), never a stack.
 */
export const readSafely = (file: string, read: () => ImportedDataset): ReadResult => {
  try {
    return { ok: true, dataset: read() };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, error: error.message };
    const reason = error instanceof RangeError ? 'ran out of room' : 'failed';
    return {
      ok: false,
      error: `${file}: the reader ${reason} on this file (${String((error as Error)?.message ?? error).split('\n')[0]})`,
      unexpected: true,
    };
  }
};
