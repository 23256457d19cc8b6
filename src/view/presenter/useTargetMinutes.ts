import { useState } from 'react';
import * as z from 'zod/mini';

const key = (storyId: string) => `msc-review-graph:talk-minutes:${storyId}`;
const minutes = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(600));

/** The talk's target length in minutes for one story (0: none), kept in this browser. */
export const useTargetMinutes = (storyId: string): [number, (value: number) => void] => {
  const read = () => {
    try {
      const parsed = minutes.safeParse(window.localStorage.getItem(key(storyId)) ?? 0);
      return parsed.success ? parsed.data : 0;
    } catch {
      return 0;
    }
  };
  const [stored, setStored] = useState(() => ({ storyId, value: read() }));
  const value = stored.storyId === storyId ? stored.value : read();
  const set = (next: number) => {
    const parsed = minutes.safeParse(next);
    const clean = parsed.success ? parsed.data : 0;
    setStored({ storyId, value: clean });
    try {
      window.localStorage.setItem(key(storyId), String(clean));
    } catch {
      // Storage refused: the target holds for this window only.
    }
  };
  return [value, set];
};
