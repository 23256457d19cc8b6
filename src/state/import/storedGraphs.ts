import { createStore, type StoreApi } from 'zustand';
import type { Dataset } from '../../dataset/dataset';
import type { ImportReport } from '../../formats/types';
import * as idb from '../../io/openedGraphs';
import type { AsideRecord, StoredGraphMeta } from '../../io/openedGraphs';
import type { ImportSessionApi } from './importSession';
/** Reading and writing records needs the format readers and writers: loaded when first needed, not with the page. */
const records = () => import('./storedGraphRecord');

export interface StorageNotice {
  id: number;
  text: string;
}

/**
 * The graphs kept in this browser (src/io/openedGraphs.ts) as the app sees them: the "Recent graphs"
 * list, the records kept aside because they could not be read, and what the reader must know about
 * storage (full, unavailable). Every failure becomes a notice; nothing is deleted unless the reader
 * says so (Forget, Discard).
 */
export interface StoredGraphs {
  recent: StoredGraphMeta[];
  aside: AsideRecord[];
  notices: StorageNotice[];
  refresh: () => Promise<void>;
  /** Keeps a graph just opened (with the default view). */
  keep: (dataset: Dataset, report: ImportReport, view: string) => Promise<void>;
  /** Reads a kept graph and shows it with its workspace; false when it could not be read. */
  open: (id: string) => Promise<boolean>;
  forget: (id: string) => Promise<void>;
  saveWorkspace: (id: string, view: string) => Promise<void>;
  /** The workspace to apply to a dataset just restored (once). */
  takeWorkspace: (dataset: Dataset) => string | undefined;
  /** True when `dataset` was read from this browser's storage (it is not kept again). */
  fromStorage: (dataset: Dataset) => boolean;
  discardAside: (key: number) => Promise<void>;
  dismiss: (id: number) => void;
}

export type StoredGraphsApi = StoreApi<StoredGraphs>;

let nextId = 1;

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const createStoredGraphs = (session: ImportSessionApi): StoredGraphsApi => {
  const workspaces = new WeakMap<Dataset, string>();
  const restored = new WeakSet<Dataset>();
  /** Keeping a graph under way, per id: a workspace written meanwhile waits for it. */
  const keeping = new Map<string, Promise<void>>();
  /** Quota notices name the graph once, not at every workspace change. */
  const unkept = new Set<string>();
  return createStore<StoredGraphs>()((set, get) => {
    const notify = (text: string) =>
      set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id: nextId++, text }] }));
    const storageFailed = (name: string, error: unknown) => {
      if (unkept.has(name)) return;
      unkept.add(name);
      notify(
        idb.isQuotaError(error)
          ? `${name} is open, but this browser's storage is full: it will not be kept after a reload. Forget a recent graph to make room.`
          : `${name} is open, but this browser could not keep it (${reason(error)}): it will not be there after a reload.`,
      );
    };
    const setAside = async (id: string, name: string, why: string) => {
      try {
        await idb.setAside(id, why);
        notify(`The kept graph ${name} could not be read (${why}); it is kept aside to download or discard.`);
      } catch (error) {
        notify(`The kept graph ${name} could not be read (${why}), nor moved aside (${reason(error)}).`);
      }
    };
    return {
      recent: [],
      aside: [],
      notices: [],
      refresh: async () => {
        try {
          const recent: StoredGraphMeta[] = [];
          const { checkStoredMeta } = await records();
          for (const { key, value } of await idb.readAllMeta()) {
            const checked = checkStoredMeta(value);
            if ('meta' in checked) recent.push(checked.meta);
            else await setAside(key, key, checked.issue);
          }
          recent.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
          set({ recent, aside: await idb.readAside() });
        } catch (error) {
          notify(`The graphs kept in this browser cannot be read (${reason(error)}).`);
        }
      },
      keep: async (dataset, report, view) => {
        const record = (await records()).storedRecordOf(dataset, report, view);
        if (!record) return;
        const write = idb.writeGraph(record.meta, record.bundle).then(
          () => void unkept.delete(record.meta.name),
          (error: unknown) => storageFailed(record.meta.name, error),
        );
        keeping.set(record.meta.id, write);
        await write;
        if (keeping.get(record.meta.id) === write) keeping.delete(record.meta.id);
        await get().refresh();
      },
      open: async (id) => {
        const meta = get().recent.find((m) => m.id === id);
        if (!meta) return false;
        let read;
        try {
          read = (await records()).restoreStored(meta, await idb.readBundle(id));
        } catch (error) {
          notify(`The kept graph ${meta.name} cannot be read (${reason(error)}).`);
          return false;
        }
        if ('issue' in read) {
          await setAside(id, meta.name, read.issue);
          await get().refresh();
          return false;
        }
        workspaces.set(read.dataset, read.view);
        restored.add(read.dataset);
        session.getState().show(read.dataset, read.report);
        return true;
      },
      forget: async (id) => {
        try {
          await idb.deleteGraph(id);
        } catch (error) {
          notify(`The kept graph could not be forgotten (${reason(error)}).`);
        }
        await get().refresh();
      },
      saveWorkspace: async (id, view) => {
        try {
          await keeping.get(id);
          await idb.writeWorkspace(id, view);
        } catch (error) {
          storageFailed(get().recent.find((m) => m.id === id)?.name ?? id, error);
        }
      },
      takeWorkspace: (dataset) => {
        const view = workspaces.get(dataset);
        workspaces.delete(dataset);
        return view;
      },
      fromStorage: (dataset) => restored.has(dataset),
      discardAside: async (key) => {
        try {
          await idb.deleteAside(key);
          set((s) => ({ aside: s.aside.filter((a) => a.key !== key) }));
        } catch (error) {
          notify(`The record could not be discarded (${reason(error)}).`);
        }
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    };
  });
};
