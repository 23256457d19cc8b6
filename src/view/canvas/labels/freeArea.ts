import type { Box } from './boxes';

const area = (b: Box) => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);

/**
 * The largest part of `frame` left uncovered by `overlays`, cutting each overlay off along one
 * side (the cut that keeps the most room): where the camera frames what the reader looks at,
 * beside the legend and above the story caption. Pure.
 */
export const freeArea = (frame: Box, overlays: readonly Box[]): Box => {
  let free = { ...frame };
  for (const o of overlays) {
    if (o.x2 <= free.x1 || o.x1 >= free.x2 || o.y2 <= free.y1 || o.y1 >= free.y2) continue;
    const cuts: Box[] = [
      { ...free, x1: Math.max(free.x1, o.x2) },
      { ...free, x2: Math.min(free.x2, o.x1) },
      { ...free, y1: Math.max(free.y1, o.y2) },
      { ...free, y2: Math.min(free.y2, o.y1) },
    ];
    free = cuts.reduce((best, c) => (area(c) > area(best) ? c : best));
  }
  return free;
};
