import { useEffect } from 'react';
import { loadEditingDraft, saveEditingDraft } from '../io/editingDraftStorage';
import { useViewStoreApi } from './store';

/**
 * Remembers which draft is being edited across reloads, so that "+ Step" keeps adding to it
 * rather than starting a second story. Runs after the drafts are loaded (useDraftPersistence);
 * a remembered id whose draft is gone is ignored ("+ Step" then starts a new story).
 */
export const useEditingDraftPersistence = (): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    const remembered = loadEditingDraft(window.localStorage);
    const s = store.getState();
    if (remembered && s.editingDraft === null && s.drafts.some((d) => d.id === remembered))
      store.setState({ editingDraft: remembered });
    return store.subscribe((state, previous) => {
      if (state.editingDraft !== previous.editingDraft)
        saveEditingDraft(window.localStorage, state.editingDraft);
    });
  }, [store]);
};
