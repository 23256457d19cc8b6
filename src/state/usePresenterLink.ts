import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { channelName, GONE_MS, SETTLE_MS, startPresenterLink, type WindowRole } from './presenterLink';
import { useViewStoreApi } from './store';

/** Where a tab remembers, across its reloads, that a presenter view was linked to it. */
const LINKED_KEY = 'msc-review-graph:presenter-linked';

const session = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Links this window with the other windows of the presentation on this dataset (presenterLink.ts)
 * for as long as it is mounted, and says goodbye when the page goes (closed or reloaded). A tab
 * that had a presenter view linked before a reload waits long enough to hear it again before it
 * decides there is none, so that it never shows the notes meanwhile.
 */
export const usePresenterLink = (role: WindowRole): void => {
  const store = useViewStoreApi();
  const { id } = useDataset();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const remembered = session();
    const wasLinked = remembered?.getItem(LINKED_KEY) === id;
    const stop = startPresenterLink({
      port: new BroadcastChannel(channelName(id)),
      store,
      role,
      settleMs: wasLinked ? GONE_MS : SETTLE_MS,
    });
    const unsubscribe = store.subscribe(({ linkedWindows: linked }) => {
      const other = role === 'audience' ? linked.consoles : linked.audiences;
      if (other > 0) remembered?.setItem(LINKED_KEY, id);
      else if (linked.settled) remembered?.removeItem(LINKED_KEY);
    });
    let stopped = false;
    const end = () => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      stop();
    };
    window.addEventListener('pagehide', end);
    return () => {
      window.removeEventListener('pagehide', end);
      end();
    };
  }, [store, id, role]);
};
