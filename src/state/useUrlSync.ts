import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { useViewStoreApi, type ViewStore } from './store';
import { isNavigation, parseUrlView, serializeUrlView, type UrlView } from './urlState';

const pick = (s: ViewStore): UrlView => ({
  selection: s.selection,
  focus: s.focus,
  filters: s.filters,
  path: s.path,
  ref: s.ref,
  layout: s.layout,
  view: s.view,
  panel: s.panel,
  gapRows: s.gapRows,
  gapCols: s.gapCols,
  gapCell: s.gapCell,
  story: s.story,
  presenting: s.presenting,
});

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
      const { view, notices } = parseUrlView(window.location.search, dataset, lengths);
      applying = true;
      store.setState((s) => ({
        ...view,
        trail: view.focus ? s.trail : [],
        layoutRun: view.layout !== s.layout ? s.layoutRun + 1 : s.layoutRun,
      }));
      applying = false;
      last = pick(store.getState());
      const sel = view.selection;
      if (sel && !view.focus && !view.path) {
        store
          .getState()
          .centreOn(sel.kind === 'node' ? [sel.id] : [graph.source(sel.id), graph.target(sel.id), sel.id]);
      }
      if (announce) notices.forEach((n) => store.getState().notify(n));
    };
    apply(true);
    const unsubscribe = store.subscribe((state) => {
      if (applying) return;
      const next = pick(state);
      const search = serializeUrlView(next, vocabulary);
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
