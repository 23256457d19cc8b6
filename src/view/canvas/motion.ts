/**
 * Whether the reader asked their system for less motion (WCAG 2.3.3): the canvas then moves
 * entities and the camera at once instead of animating them. Read at each use, so a change of
 * the setting applies to the next move.
 */
export const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** `ms`, or 0 when the reader prefers reduced motion. */
export const motionMs = (ms: number): number => (reducedMotion() ? 0 : ms);
