import { useEffect } from 'react';
import { skipSavedStories } from './safeStart';
import { loadDrafts, saveDrafts } from '../io/draftStorage';
import { useViewStoreApi } from './store';

/** Loads the lecturer's stories once, then saves every change (and on leaving the page). */
export const useDraftPersistence = (): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    if (skipSavedStories()) {
      // Opened without the saved stories: nothing is read, and nothing written over them.
      store
        .getState()
        .notify(
          'Opened without your saved stories (they are still stored); reload the page to open them again.',
        );
      return undefined;
    }
    const { drafts, notices } = loadDrafts(window.localStorage);
    store.setState({ drafts });
    notices.forEach((n) => store.getState().notify(n));
    let saved = drafts;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const current = store.getState().drafts;
      if (current === saved) return;
      const error = saveDrafts(window.localStorage, current);
      if (error) store.getState().notify(error);
      else saved = current;
    };
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.drafts === previous.drafts) return;
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    });
    window.addEventListener('pagehide', save);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      save();
      window.removeEventListener('pagehide', save);
    };
  }, [store]);
};
