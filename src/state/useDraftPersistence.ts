import { useEffect } from 'react';
import { BACKUP_PREFIX, loadDrafts, saveDrafts, type LoadedDrafts } from '../io/draftStorage';
import type { Story } from '../model/storySchema';
import { useDraftRecovery } from './draftRecovery';
import { skipSavedStories } from './safeStart';
import { useViewStoreApi, type ViewStoreApi } from './store';

/** localStorage, or null where the browser refuses it (privacy modes, disabled storage). */
const browserStorage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const summary = (count: number) =>
  `${count} saved ${count === 1 ? 'story' : 'stories'} could not be read; kept in this browser under "${BACKUP_PREFIX}…".`;

/**
 * Loads the lecturer's stories from `storage` (null: the browser refuses storage), then saves every
 * change, except while damaged data is kept only where the save would write (holdSaves). What needs the
 * reader's attention goes to useDraftRecovery, shown by <RecoverStories />. Returns `flush` (save what is
 * pending now) and `stop` (flush and stop). Used by useDraftPersistence; a function so that it can be
 * tested without a page.
 */
export const startDraftPersistence = (
  storage: Storage | null,
  store: ViewStoreApi,
): { flush: () => void; stop: () => void } => {
  const recovery = useDraftRecovery;
  let loaded: LoadedDrafts | undefined;
  try {
    loaded = storage ? loadDrafts(storage) : undefined;
  } catch {
    loaded = undefined;
  }
  if (!storage || !loaded) {
    recovery.setState({
      saveError: 'This browser does not let the app keep your stories: export them to keep them.',
    });
    return { flush: () => undefined, stop: () => undefined };
  }
  store.setState({ drafts: loaded.drafts });
  recovery.setState({ storage, damaged: loaded.damaged, holdSaves: loaded.holdSaves });
  loaded.notices.forEach((n) => store.getState().notify(n));
  // Until the app shell mounts <RecoverStories />, say it at least once among the notices.
  const fallback = setTimeout(() => {
    const { mounted, damaged } = recovery.getState();
    if (mounted === 0 && damaged.length > 0)
      store.getState().notify(summary(damaged.length), { persistent: true });
  }, 0);

  let saved: readonly Story[] = loaded.drafts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (force = false) => {
    const current = store.getState().drafts;
    if ((current === saved && !force) || recovery.getState().holdSaves) return;
    const error = saveDrafts(storage, current);
    if (error !== (recovery.getState().saveError ?? undefined)) {
      recovery.setState({ saveError: error ?? null, ...(error ? { dismissed: false } : {}) });
      // Said once per new failure; among the notices too while no RecoverStories panel is mounted.
      if (error && recovery.getState().mounted === 0) store.getState().notify(error, { persistent: true });
    }
    if (!error) saved = current;
  };
  const unsubscribeDrafts = store.subscribe((s, previous) => {
    if (s.drafts === previous.drafts) return;
    clearTimeout(timer);
    timer = setTimeout(save, 250);
  });
  const unsubscribeRequests = recovery.subscribe((s, previous) => {
    if (s.saveRequests !== previous.saveRequests || (previous.holdSaves && !s.holdSaves)) save(true);
  });
  const flush = () => {
    clearTimeout(timer);
    save();
  };
  const stop = () => {
    unsubscribeDrafts();
    unsubscribeRequests();
    clearTimeout(fallback);
    flush();
  };
  return { flush, stop };
};

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
    const { flush, stop } = startDraftPersistence(browserStorage(), store);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      stop();
    };
  }, [store]);
};
