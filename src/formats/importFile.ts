import { readDataset } from './readDataset';
import { ReadError } from './readError';
import { decodeText } from './text/decodeText';
import type { ReadFormat, ReadResult, TextFile } from './types';

/** A file as the app (or a Web Worker) has it: its name and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

export interface ImportProgress {
  phase: 'decoding' | 'parsing' | 'done';
  /** 0–1, for a progress bar. */
  fraction: number;
}

export interface ImportOptions {
  /** The format, when the user chose one; otherwise it is detected from the content. */
  format?: ReadFormat;
  onProgress?: (progress: ImportProgress) => void;
  /** Cancel: checked between the phases; a worker that must stop at once is terminated instead. */
  signal?: AbortSignal;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The entry a Web Worker calls (`parseInWorker`): bytes and name (one file, or a CSV node table and
 * edge table) → the imported dataset, or a one-line failure. Decodes strictly (decodeText), reads
 * (readDataset), reports progress and honours the AbortSignal between phases, yielding a turn so a
 * cancel message can arrive. Everything it uses is plain data: the result can be posted back.
 */
export const importFile = async (
  input: ImportInput | ImportInput[],
  options: ImportOptions = {},
): Promise<ReadResult> => {
  const inputs = Array.isArray(input) ? input : [input];
  const name = inputs.map((f) => f.name).join(' + ');
  const cancelled = (): ReadResult => ({ ok: false, error: `${name}: the import was cancelled` });
  const progress = (phase: ImportProgress['phase'], fraction: number) =>
    options.onProgress?.({ phase, fraction });
  const files: TextFile[] = [];
  const notes: { what: string; why: string; where: string }[] = [];
  for (const [i, file] of inputs.entries()) {
    if (options.signal?.aborted) return cancelled();
    progress('decoding', (0.3 * i) / inputs.length);
    try {
      const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes);
      const decoded = decodeText(bytes, file.name);
      files.push({ name: file.name, text: decoded.text });
      notes.push(...decoded.notes);
    } catch (error) {
      if (error instanceof ReadError) return { ok: false, error: error.message };
      return {
        ok: false,
        error: `${file.name}: could not be read (${(error as Error).message})`,
        unexpected: true,
      };
    }
    await nextTurn();
  }
  if (options.signal?.aborted) return cancelled();
  progress('parsing', 0.3);
  const result = readDataset(files, options.format);
  await nextTurn();
  if (options.signal?.aborted) return cancelled();
  if (result.ok) result.dataset.report.problems.unshift(...notes);
  progress('done', 1);
  return result;
};
