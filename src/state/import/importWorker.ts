import { importFile, type ImportInput } from '../../formats/importFile';
import { layoutForImport } from '../../formats/layoutForImport';
import type { ReadFormat } from '../../formats/types';
import type { WorkerReply } from './workerMessages';

/**
 * Reads a graph file and lays it out off the main thread: the page keeps drawing, shows progress,
 * and Cancel terminates this worker. Replies with progress messages, then one result.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ files: ImportInput[]; format?: ReadFormat }>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (event) => {
  const { files, format } = event.data;
  void (async () => {
    try {
      const result = await importFile(files, {
        ...(format ? { format } : {}),
        onProgress: ({ phase, fraction }) =>
          scope.postMessage({ kind: 'progress', phase, fraction: fraction * 0.6 }),
      });
      if (!result.ok) {
        scope.postMessage({ kind: 'failed', error: result.error });
        return;
      }
      scope.postMessage({ kind: 'progress', phase: 'layout', fraction: 0.65 });
      const positions = layoutForImport(result.dataset);
      scope.postMessage({ kind: 'done', dataset: result.dataset, positions });
    } catch (error) {
      const name = files.map((f) => f.name).join(' + ');
      scope.postMessage({
        kind: 'failed',
        error: `${name}: could not be read (${(error as Error).message})`,
      });
    }
  })();
};
