import { STORAGE_KEY } from './draftStorage';

/** Which of the lecturer's drafts "+ Step" adds to, kept beside the drafts so a reload keeps it. */
export const EDITING_KEY = `${STORAGE_KEY}:editing`;

export const loadEditingDraft = (storage: Storage): string | null => {
  try {
    return storage.getItem(EDITING_KEY);
  } catch {
    return null;
  }
};

export const saveEditingDraft = (storage: Storage, id: string | null): void => {
  try {
    if (id === null) storage.removeItem(EDITING_KEY);
    else storage.setItem(EDITING_KEY, id);
  } catch {
    // Storage refused (private mode, full): "+ Step" then starts from the default after a reload.
  }
};
