import type { Notice, NoticeOptions } from './viewTypes';

/** How long a notice stays on screen (paused while the pointer or focus is on it). */
export const NOTICE_TTL_MS = 8000;
/** Expiring notices shown at once; older ones give way (persistent notices always stay). */
export const MAX_TRANSIENT_NOTICES = 4;

let nextNoticeId = 1;

/**
 * The notice list with `text` added at the end. The same text shown again replaces the earlier
 * copy (so it starts its time again) instead of stacking twice; persistent notices are never
 * pushed out by newer ones.
 */
export const addNotice = (notices: readonly Notice[], text: string, options?: NoticeOptions): Notice[] => {
  const earlier = notices.find((n) => n.text === text);
  const persistent = !!options?.persistent || !!earlier?.persistent;
  const next = [
    ...notices.filter((n) => n.text !== text),
    { id: nextNoticeId++, text, ...(persistent ? { persistent: true } : {}) },
  ];
  const transient = next.filter((n) => !n.persistent);
  const dropped = new Set(transient.slice(0, -MAX_TRANSIENT_NOTICES).map((n) => n.id));
  return next.filter((n) => !dropped.has(n.id));
};
