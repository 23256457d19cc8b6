import { useEffect } from 'react';
import { useViewStoreApi } from '../../state/store';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** O opens (or closes) the overview of the story being played, as in reveal.js. */
export const useOverviewKey = (): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'o' && event.key !== 'O') return;
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const s = store.getState();
      if (s.overview) s.closeOverview();
      else if (s.story) s.openOverview(s.story.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
};
