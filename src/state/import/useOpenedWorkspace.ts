import { useLayoutEffect } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { useViewStoreApi } from '../store';
import { currentView, viewFromUrl, viewToUrl } from '../viewCodec';
import { useStoredGraphsApi } from './keepOpenedGraphs';

/** How long the view must rest before its workspace is written (a drag writes once). */
export const WORKSPACE_SAVE_MS = 400;

/**
 * The workspace of an opened graph: applied once when the graph comes back from this browser's
 * storage, then kept as the view codec writes it whenever the view changes (and when the page
 * goes away). The review's own address and drafts are not touched.
 */
export const useOpenedWorkspace = (): void => {
  const stored = useStoredGraphsApi();
  const store = useViewStoreApi();
  const dataset = useDataset();
  useLayoutEffect(() => {
    const saved = stored.getState().takeWorkspace(dataset);
    if (saved) {
      const lengths = new Map(dataset.stories.map((s) => [s.id, s.steps.length]));
      store.getState().applyView(viewFromUrl(saved, dataset, lengths).view, { trail: 'reset' });
    }
    const encode = () => viewToUrl(currentView(store.getState()), dataset.vocabulary);
    let last = saved ?? '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const next = encode();
      if (next === last) return;
      last = next;
      void stored.getState().saveWorkspace(dataset.id, next);
    };
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(flush, WORKSPACE_SAVE_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [stored, store, dataset]);
};
