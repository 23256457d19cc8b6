import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { datasetFromImport } from '../../dataset/datasetFromImport';
import type { Dataset, DatasetOrigin } from '../../dataset/dataset';
import type { ImportInput } from '../../formats/importFile';
import type { ImportReport } from '../../formats/types';
import { runImportWorker, type RunningImport } from './runImportWorker';

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; phase: string; fraction: number }
  | { kind: 'failed'; name: string; error: string };

/**
 * Which graph the app shows besides the review, and the import under way. Above every dataset's
 * own store: opening a graph replaces the dataset on screen (and with it its view store), a failed
 * or cancelled import leaves the current one as it was.
 */
export interface ImportSession {
  status: ImportStatus;
  /** The opened graph, shown instead of the review; undefined: the review. */
  opened: Dataset | undefined;
  /** What the import of `opened` read, mapped, merged and dropped. */
  report: ImportReport | undefined;
  /** Counts the graphs opened: each gets a store of its own, even a file opened again. */
  serial: number;
  reportOpen: boolean;
  open: (files: ImportInput[], origin: DatasetOrigin) => Promise<void>;
  /** Tells the reader why a file was not even handed to a reader (too big, unreachable). */
  fail: (name: string, error: string) => void;
  cancel: () => void;
  backToReview: () => void;
  dismissFailure: () => void;
  showReport: (open: boolean) => void;
}

export type ImportSessionApi = StoreApi<ImportSession>;

export const createImportSession = (): ImportSessionApi => {
  let running: RunningImport | undefined;
  return createStore<ImportSession>()((set) => ({
    status: { kind: 'idle' },
    opened: undefined,
    report: undefined,
    serial: 0,
    reportOpen: false,
    open: async (files, origin) => {
      running?.cancel();
      const name = files.map((f) => f.name).join(' + ');
      set({ status: { kind: 'reading', name, phase: 'reading', fraction: 0 } });
      const run = runImportWorker(files, (phase, fraction) =>
        set((s) => (running === run ? { status: { kind: 'reading', name, phase, fraction } } : s)),
      );
      running = run;
      const outcome = await run.result;
      if (running !== run) return;
      running = undefined;
      if (!outcome.ok) {
        set({
          status: outcome.cancelled ? { kind: 'idle' } : { kind: 'failed', name, error: outcome.error },
        });
        return;
      }
      try {
        const opened = datasetFromImport(outcome.dataset, outcome.positions, origin);
        set((s) => ({
          status: { kind: 'idle' },
          opened,
          report: outcome.dataset.report,
          reportOpen: true,
          serial: s.serial + 1,
        }));
      } catch (error) {
        set({
          status: { kind: 'failed', name, error: `${name}: cannot be shown (${(error as Error).message})` },
        });
      }
    },
    fail: (name, error) => set({ status: { kind: 'failed', name, error } }),
    cancel: () => running?.cancel(),
    backToReview: () => set({ opened: undefined, report: undefined, reportOpen: false }),
    dismissFailure: () => set({ status: { kind: 'idle' } }),
    showReport: (reportOpen) => set({ reportOpen }),
  }));
};

export const ImportSessionContext = createContext<ImportSessionApi | null>(null);

export const useImportSessionApi = (): ImportSessionApi => {
  const session = useContext(ImportSessionContext);
  if (!session) throw new Error('useImportSession must be used inside an <ImportSessionContext.Provider>');
  return session;
};

export const useImportSession = <T>(selector: (state: ImportSession) => T): T =>
  useStore(useImportSessionApi(), selector);
