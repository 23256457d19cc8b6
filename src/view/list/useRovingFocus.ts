import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { listKeyTarget, rowsPerPage } from './listKeys';
import { EMPTY_TYPE_AHEAD, typeAheadKey, typeAheadMatch } from './typeAhead';

/** The attribute naming an item of a roving group (also how focus finds its way back to it). */
export const ROVING_ATTRIBUTE = 'data-roving-id';

const escapeId = (id: string) => (typeof CSS !== 'undefined' ? CSS.escape(id) : id.replace(/"/g, '\\"'));

/** The nearest ancestor that scrolls (whose height is a "page"), or the window. */
const scrollParentHeight = (el: HTMLElement): number => {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight)
      return p.clientHeight;
  }
  return window.innerHeight;
};

/**
 * A roving tabindex over a long list (WAI-ARIA APG): the group is one tab stop; ↓ ↑ move, Home/End
 * go to the ends, PageDown/PageUp move by what fits on screen, and letters typed within half a
 * second move to the next item whose label starts with them. Keys and focus are handled once on
 * the container (delegated), so a list of thousands adds no listener per row; only the two rows
 * whose tab stop changes re-render when rows are memoised.
 *
 * `ids` and `labels` are in display order; `preferred` (e.g. the selected item) is the tab stop
 * until the reader moves.
 */
export const useRovingFocus = (ids: readonly string[], labels: readonly string[], preferred?: string) => {
  const [active, setActive] = useState<string | null>(null);
  const typed = useRef(EMPTY_TYPE_AHEAD);
  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const current =
    active !== null && indexOf.has(active)
      ? active
      : preferred !== undefined && indexOf.has(preferred)
        ? preferred
        : (ids[0] ?? null);

  const focusItem = useCallback((container: HTMLElement, id: string) => {
    setActive(id);
    const el = container.querySelector<HTMLElement>(`[${ROVING_ATTRIBUTE}="${escapeId(id)}"]`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const item = (event.target as HTMLElement).closest<HTMLElement>(`[${ROVING_ATTRIBUTE}]`);
      if (!item) return;
      const at = indexOf.get(item.getAttribute(ROVING_ATTRIBUTE)!) ?? 0;
      const page = event.key.startsWith('Page')
        ? rowsPerPage(scrollParentHeight(item), item.getBoundingClientRect().height)
        : 1;
      let target = listKeyTarget(event.key, at, ids.length, page);
      if (target === null) {
        const next = typeAheadKey(typed.current, event.key, performance.now());
        if (!next) return;
        typed.current = next;
        target = typeAheadMatch(labels, at, next.buffer) ?? at;
      }
      event.preventDefault();
      if (target !== at) focusItem(event.currentTarget, ids[target]!);
    },
    [ids, labels, indexOf, focusItem],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const id = (event.target as HTMLElement).getAttribute(ROVING_ATTRIBUTE);
    if (id !== null) setActive(id);
  }, []);

  return { current, onKeyDown, onFocus };
};
