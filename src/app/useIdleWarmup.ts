import { useEffect } from 'react';
import { searchFor } from '../view/search/entitySearch';
import { LAZY_VIEWS } from '../view/lazyViews';
import { useGraph } from '../dataset/DatasetContext';

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Once the first picture is up and the browser is idle, loads the code of the views that are
 * opened later (gap map, side tabs) and builds the search index, so nothing waits later.
 */
export const useIdleWarmup = (): void => {
  const graph = useGraph();
  useEffect(() => {
    const w = window as IdleWindow;
    const warm = () => {
      LAZY_VIEWS.forEach((view) => void view.preload());
      void searchFor(graph);
    };
    if (w.requestIdleCallback) {
      const id = w.requestIdleCallback(warm, { timeout: 3000 });
      return () => w.cancelIdleCallback?.(id);
    }
    const timer = setTimeout(warm, 1500);
    return () => clearTimeout(timer);
  }, [graph]);
};
