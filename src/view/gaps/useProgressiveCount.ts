import { useEffect, useState } from 'react';

const FIRST = 16;
const STEP = 24;

/** How many of `items` to render: a first screenful now, then more each frame until all are shown. */
export const useProgressiveCount = (items: readonly unknown[]): number => {
  const [state, setState] = useState({ items, count: Math.min(FIRST, items.length) });
  const current = state.items === items ? state : { items, count: Math.min(FIRST, items.length) };
  if (current !== state) setState(current);
  useEffect(() => {
    if (current.count >= items.length) return undefined;
    const id = requestAnimationFrame(() =>
      setState({ items, count: Math.min(items.length, current.count + STEP) }),
    );
    return () => cancelAnimationFrame(id);
  }, [items, current.count]);
  return current.count;
};
