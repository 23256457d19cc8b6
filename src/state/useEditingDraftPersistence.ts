import { useEffect } from 'react';
import { loadEditingDraft, saveEditingDraft } from '../io/editingDraftStorage';
import { skipSavedStories } from './safeStart';
import { useViewStoreApi } from './store';

const browserStorage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * Remembers which draft is being edited across reloads, so that "+ Step" keeps adding to it
 * rather than starting a second story. Runs after the drafts are loaded (useDraftPersistence);
 * a remembered id whose draft is gone is ignored ("+ Step" then starts a new story).
 */
export const useEditingDraftPersistence = (): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    const storage = browserStorage();
    if (!storage || skipSavedStories()) return undefined;
    const remembered = loadEditingDraft(storage);
    const s = store.getState();
    if (remembered && s.editingDraft === null && s.drafts.some((d) => d.id === remembered))
      store.setState({ editingDraft: remembered });
    return store.subscribe((state, previous) => {
      if (state.editingDraft !== previous.editingDraft) saveEditingDraft(storage, state.editingDraft);
    });
  }, [store]);
};
