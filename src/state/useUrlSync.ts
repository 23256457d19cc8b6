import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { useViewStoreApi } from './store';
import { isNavigation, type UrlView } from './urlState';
import { currentView, viewFromUrl, viewToUrl } from './viewCodec';

/**
 * Keeps the URL and the store in step: the URL is read on load and on Back/Forward;
 * store changes write it, as a new history entry for navigation (selection, focus, path,
 * reference, view) and in place for tweaks (filters, layout, panel).
 */
export const useUrlSync = (): void => {
  const store = useViewStoreApi();
  const dataset = useDataset();
  const { graph, stories, vocabulary } = dataset;
  useEffect(() => {
    let applying = false;
    let last: UrlView;
    const apply = (announce: boolean) => {
      const lengths = new Map([...stories, ...store.getState().drafts].map((s) => [s.id, s.steps.length]));
      const { view, notices } = viewFromUrl(window.location.search, dataset, lengths);
      const sel = view.selection;
      // A bare selection is brought into view; a focus or a path frames itself.
      const camera =
        sel && !view.focus && !view.path
          ? sel.kind === 'node'
            ? [sel.id]
            : [graph.source(sel.id), graph.target(sel.id), sel.id]
          : null;
      applying = true;
      store.getState().applyView(view, { camera, trail: 'follow' });
      applying = false;
      last = currentView(store.getState());
      if (announce) notices.forEach((n) => store.getState().notify(n));
    };
    apply(true);
    const unsubscribe = store.subscribe((state) => {
      if (applying) return;
      const next = currentView(state);
      const search = viewToUrl(next, vocabulary);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (isNavigation(last, next)) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      last = next;
    });
    const onPop = () => apply(false);
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store, dataset, graph, stories, vocabulary]);
};
