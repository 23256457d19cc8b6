import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAfterPaint } from '../../src/view/canvas/labels/afterPaint';

/** Frame callbacks are run by hand (`paint`), so the test decides when a frame is painted. */
let frames = new Map<number, FrameRequestCallback>();
let nextId = 1;
const paint = () => {
  const due = [...frames.values()];
  frames = new Map();
  due.forEach((f) => f(0));
};

describe('work after the next painted frame', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
      frames.set(nextId, f);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames = new Map();
  });

  it('runs once the frame is painted, not before', () => {
    const work = vi.fn();
    const later = createAfterPaint();
    later.schedule(work);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled(); // no frame yet
    paint();
    expect(work).not.toHaveBeenCalled(); // the frame's own work (the highlight) comes first
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('merges what is scheduled before it runs, and can schedule again afterwards', () => {
    const work = vi.fn();
    const later = createAfterPaint();
    later.schedule(work);
    later.schedule(work);
    paint();
    later.schedule(work);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
    later.schedule(work);
    paint();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('drops what waits when cancelled, before or after the frame', () => {
    const work = vi.fn();
    const later = createAfterPaint();
    later.schedule(work);
    later.cancel();
    paint();
    vi.runAllTimers();
    later.schedule(work);
    paint();
    later.cancel();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});
