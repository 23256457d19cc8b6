import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ImportSessionApi } from './importSession';
import { openDataUrl } from './openDataUrl';
import type { StoredGraphs, StoredGraphsApi } from './storedGraphs';
import { DATA_PARAM } from './useDataParam';

/** Which kept graph this tab shows (sessionStorage: a reload restores it, a new tab shows the review). */
export const ACTIVE_GRAPH_KEY = 'kg-opened-graph';

const active = {
  get: (): string | null => {
    try {
      return window.sessionStorage.getItem(ACTIVE_GRAPH_KEY);
    } catch {
      return null;
    }
  },
  set: (id: string | undefined): void => {
    try {
      if (id) window.sessionStorage.setItem(ACTIVE_GRAPH_KEY, id);
      else window.sessionStorage.removeItem(ACTIVE_GRAPH_KEY);
    } catch {
      // No session storage: a reload shows the review; the graph is still in "Recent graphs".
    }
  },
};

/**
 * Keeps every graph the reader opens (a file, a drop, `?data=`) in this browser as it appears, and
 * remembers which one this tab shows; "Back to the review" forgets only the latter. Returns the
 * unsubscribe.
 */
export const keepOpenedGraphs = (session: ImportSessionApi, stored: StoredGraphsApi): (() => void) =>
  session.subscribe((s, previous) => {
    if (s.opened === previous.opened) return;
    active.set(s.opened?.id);
    if (s.opened && s.report && !stored.getState().fromStorage(s.opened))
      void stored.getState().keep(s.opened, s.report, '');
  });

/**
 * On load: the list of kept graphs, then the graph this tab showed before the reload (with its
 * workspace), unless `?data=` names another file, which is then fetched. A kept graph that cannot be
 * read is set aside with a notice and the review shows.
 */
export const startOpenedGraph = async (
  session: ImportSessionApi,
  stored: StoredGraphsApi,
  location: Pick<Location, 'search' | 'href'>,
): Promise<void> => {
  // Read the address first: the review's URL sync may rewrite it while the kept graphs are listed.
  const data = new URLSearchParams(location.search).get(DATA_PARAM);
  const href0 = location.href;
  await stored.getState().refresh();
  const shown = active.get();
  if (data) {
    let href: string | undefined;
    try {
      href = new URL(data, href0).href;
    } catch {
      href = undefined;
    }
    if (shown && shown === `url:${href}` && (await stored.getState().open(shown))) return;
    await openDataUrl(session, data, href0);
    return;
  }
  if (shown && !(await stored.getState().open(shown))) active.set(undefined);
};

export const StoredGraphsContext = createContext<StoredGraphsApi | null>(null);

export const useStoredGraphsApi = (): StoredGraphsApi => {
  const stored = useContext(StoredGraphsContext);
  if (!stored) throw new Error('useStoredGraphs must be used inside a <StoredGraphsContext.Provider>');
  return stored;
};

export const useStoredGraphs = <T>(selector: (state: StoredGraphs) => T): T =>
  useStore(useStoredGraphsApi(), selector);
