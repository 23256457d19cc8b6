import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { channelName, startPresenterLink, type WindowRole } from './presenterLink';
import { useViewStoreApi } from './store';

/**
 * Links this window with the other windows of the presentation on this dataset (presenterLink.ts)
 * for as long as it is mounted, and says goodbye when the page goes (closed or reloaded).
 */
export const usePresenterLink = (role: WindowRole): void => {
  const store = useViewStoreApi();
  const { id } = useDataset();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const stop = startPresenterLink({ port: new BroadcastChannel(channelName(id)), store, role });
    let stopped = false;
    const end = () => {
      if (stopped) return;
      stopped = true;
      stop();
    };
    window.addEventListener('pagehide', end);
    return () => {
      window.removeEventListener('pagehide', end);
      end();
    };
  }, [store, id, role]);
};
