import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { loadFlags, saveFlags } from '../io/flagStorage';
import { useViewStoreApi } from './store';

/** Loads the reader's evidence flags once (per dataset), then saves every change and on leaving the page. */
export const useFlagPersistence = (): void => {
  const store = useViewStoreApi();
  const { id } = useDataset();
  useEffect(() => {
    const { flags, notices } = loadFlags(window.localStorage, id);
    store.setState({ flags });
    notices.forEach((n) => store.getState().notify(n));
    let saved = flags;
    const save = () => {
      const current = store.getState().flags;
      if (current === saved) return;
      const error = saveFlags(window.localStorage, id, current);
      if (error) store.getState().notify(error);
      else saved = current;
    };
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.flags !== previous.flags) save();
    });
    window.addEventListener('pagehide', save);
    return () => {
      unsubscribe();
      save();
      window.removeEventListener('pagehide', save);
    };
  }, [store, id]);
};
