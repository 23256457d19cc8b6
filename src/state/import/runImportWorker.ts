import type { ImportInput } from '../../formats/importFile';
import type { DatasetPositions, ImportedDataset, ReadFormat } from '../../formats/types';
import type { WorkerReply } from './workerMessages';

export type ImportOutcome =
  | { ok: true; dataset: ImportedDataset; positions: DatasetPositions }
  | { ok: false; error: string; cancelled?: boolean };

export interface RunningImport {
  result: Promise<ImportOutcome>;
  /** Stops at once: the worker is terminated, the result says "cancelled". */
  cancel: () => void;
}

/**
 * Reads and lays out files in a Web Worker (src/state/import/importWorker.ts), reporting progress
 * (0–1, with the phase). The bytes are transferred, not copied.
 */
export const runImportWorker = (
  files: ImportInput[],
  onProgress: (phase: string, fraction: number) => void,
  format?: ReadFormat,
): RunningImport => {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const name = files.map((f) => f.name).join(' + ');
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const result = new Promise<ImportOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
      settle = () => undefined;
    };
  });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') onProgress(reply.phase, reply.fraction);
    else if (reply.kind === 'failed') settle({ ok: false, error: reply.error });
    else settle({ ok: true, dataset: reply.dataset, positions: reply.positions });
  };
  worker.onerror = (event) =>
    settle({ ok: false, error: `${name}: the reader stopped (${event.message || 'worker failed'})` });
  const transfer = files.map((f) => (f.bytes instanceof Uint8Array ? f.bytes.buffer : f.bytes));
  worker.postMessage({ files, ...(format ? { format } : {}) }, transfer as Transferable[]);
  return {
    result,
    cancel: () => settle({ ok: false, error: `${name}: the import was cancelled`, cancelled: true }),
  };
};
