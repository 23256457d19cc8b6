import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The graphs a reader opened, kept in this browser's IndexedDB so that a reload (or the "Recent
 * graphs" list) brings them back with their workspace. Storage only: what a record holds is checked
 * by its reader (src/state/import/storedGraphs.ts), never trusted.
 *
 * Versioned: the database's version is its layout (object stores); each record carries `v`, the
 * version of its own shape. A record this code cannot read is moved to `aside`, never deleted.
 */
export const OPENED_GRAPHS_DB = 'kg-opened-graphs';
export const OPENED_GRAPHS_DB_VERSION = 1;
/** The shape of a record this code writes. */
export const RECORD_VERSION = 1;

/** What the list shows about an opened graph; its bundle is stored apart (read only to open it). */
export interface StoredGraphMeta {
  v: number;
  /** The dataset's id (`file:<name>` or `url:<href>`): opening the same file again replaces it. */
  id: string;
  name: string;
  origin: { kind: 'file'; name: string } | { kind: 'url'; url: string };
  /** ISO time it was opened. */
  openedAt: string;
  /** The import report, as the import made it. */
  report: unknown;
  /** The workspace: the view as the view codec writes it (a query string). */
  view: string;
  nodes: number;
  edges: number;
}

/** The graph itself: our lossless bundle JSON (graph with schema, positions, stories). */
export interface StoredBundle {
  id: string;
  text: string;
}

/** A record that could not be read: kept, with why, for the reader to download or discard. */
export interface AsideRecord {
  key?: number;
  id: string;
  why: string;
  setAsideAt: string;
  meta: unknown;
  bundle: unknown;
}

interface OpenedGraphsDb extends DBSchema {
  graphs: { key: string; value: StoredGraphMeta };
  bundles: { key: string; value: StoredBundle };
  aside: { key: number; value: AsideRecord };
}

let opening: Promise<IDBPDatabase<OpenedGraphsDb>> | undefined;

const db = (): Promise<IDBPDatabase<OpenedGraphsDb>> => {
  opening ??= openDB<OpenedGraphsDb>(OPENED_GRAPHS_DB, OPENED_GRAPHS_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('graphs', { keyPath: 'id' });
        database.createObjectStore('bundles', { keyPath: 'id' });
        database.createObjectStore('aside', { keyPath: 'key', autoIncrement: true });
      }
    },
    blocking() {
      // A newer version in another tab: let it upgrade; the next call reopens.
      void opening?.then((d) => d.close());
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
};

/**
 * Runs a read, and once more if the browser aborted its transaction: Chromium aborts one whose
 * event it could not deliver (seen here when a window opens a presenter view while this one is still
 * listing its kept graphs). A read has nothing to undo. Every promise of the transaction is awaited,
 * so an abort never surfaces as an unhandled rejection.
 */
const read = async <T>(run: (database: IDBPDatabase<OpenedGraphsDb>) => Promise<T>): Promise<T> => {
  try {
    return await run(await db());
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    return run(await db());
  }
};

/** Every record of the `graphs` store as stored, with its key (unchecked: the caller checks each). */
export const readAllMeta = (): Promise<{ key: string; value: unknown }[]> =>
  read(async (database) => {
    const tx = database.transaction('graphs');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => ({ key, value: values[i] as unknown }));
  });

/** One graph's bundle record, unchecked; undefined when there is none. */
export const readBundle = (id: string): Promise<unknown> =>
  read(async (database) => {
    const tx = database.transaction('bundles');
    const [bundle] = await Promise.all([tx.store.get(id), tx.done]);
    return bundle;
  });

/** Keeps an opened graph and its bundle, in one transaction (both or neither). */
export const writeGraph = async (meta: StoredGraphMeta, bundle: StoredBundle): Promise<void> => {
  const tx = (await db()).transaction(['graphs', 'bundles'], 'readwrite');
  await Promise.all([tx.objectStore('graphs').put(meta), tx.objectStore('bundles').put(bundle), tx.done]);
};

/** Replaces the workspace of a stored graph (nothing when the graph was forgotten meanwhile). */
export const writeWorkspace = async (id: string, view: string): Promise<void> => {
  const tx = (await db()).transaction('graphs', 'readwrite');
  const meta = await tx.store.get(id);
  if (meta) await tx.store.put({ ...meta, view });
  await tx.done;
};

/** Forgets a graph: its record and its bundle. */
export const deleteGraph = async (id: string): Promise<void> => {
  const tx = (await db()).transaction(['graphs', 'bundles'], 'readwrite');
  await Promise.all([tx.objectStore('graphs').delete(id), tx.objectStore('bundles').delete(id), tx.done]);
};

/**
 * Moves a record that cannot be read to `aside` (with why) and out of the list, in one
 * transaction: it is never lost, and never offered as a graph again.
 */
export const setAside = async (id: string, why: string): Promise<void> => {
  const tx = (await db()).transaction(['graphs', 'bundles', 'aside'], 'readwrite');
  const meta: unknown = await tx.objectStore('graphs').get(id);
  const bundle: unknown = await tx.objectStore('bundles').get(id);
  await tx.objectStore('aside').add({ id, why, setAsideAt: new Date().toISOString(), meta, bundle });
  await tx.objectStore('graphs').delete(id);
  await tx.objectStore('bundles').delete(id);
  await tx.done;
};

export const readAside = (): Promise<AsideRecord[]> =>
  read(async (database) => {
    const tx = database.transaction('aside');
    const [all] = await Promise.all([tx.store.getAll(), tx.done]);
    return all;
  });

export const deleteAside = async (key: number): Promise<void> => (await db()).delete('aside', key);

/** True when a write failed because the browser's storage for this site is full. */
export const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Closes the connection (tests: a fresh database per test). */
export const closeOpenedGraphs = async (): Promise<void> => {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
};
