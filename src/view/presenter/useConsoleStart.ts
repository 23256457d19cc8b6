import { useEffect } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { loadDrafts, STORAGE_KEY } from '../../io/draftStorage';
import { useViewStoreApi } from '../../state/store';
import { viewFromUrl } from '../../state/viewCodec';

/**
 * Starts the console: reads the lecturer's stories (never writes them: the audience window owns
 * them) and again whenever that window saves, and opens the story and step its address names.
 * The presenter link then replaces that position with the audience window's, if one is open.
 */
export const useConsoleStart = (): void => {
  const store = useViewStoreApi();
  const dataset = useDataset();
  useEffect(() => {
    const readDrafts = () => {
      try {
        store.setState({ drafts: loadDrafts(window.localStorage).drafts });
      } catch {
        // Storage refused or unreadable: the shipped stories still play.
      }
    };
    readDrafts();
    const lengths = new Map(
      [...dataset.stories, ...store.getState().drafts].map((s) => [s.id, s.steps.length]),
    );
    const { story } = viewFromUrl(window.location.search, dataset, lengths).view;
    if (story && !store.getState().story) store.getState().playStory(story.id, story.step);
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) readDrafts();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, dataset]);
};
