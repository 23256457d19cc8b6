/**
 * Where a navigation key moves in a list of `count` items (WAI-ARIA APG listbox/grid keys):
 * ↓ ↑ one item, Home/End the ends, PageDown/PageUp by `page` items (stopping at the ends, not
 * wrapping). Null for any other key, so the caller leaves the event alone.
 */
export const listKeyTarget = (key: string, current: number, count: number, page: number): number | null => {
  if (count === 0) return null;
  const last = count - 1;
  const at = Math.min(Math.max(current, 0), last);
  const by = Math.max(1, Math.floor(page));
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, last);
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(at + by, last);
    case 'PageUp':
      return Math.max(at - by, 0);
    default:
      return null;
  }
};

/** How many rows of `rowHeight` fit in a viewport of `viewportHeight` (at least one), minus one kept for context. */
export const rowsPerPage = (viewportHeight: number, rowHeight: number): number =>
  rowHeight > 0 && viewportHeight > 0 ? Math.max(1, Math.floor(viewportHeight / rowHeight) - 1) : 10;
