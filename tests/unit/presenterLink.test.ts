import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GONE_MS,
  HERE_MS,
  SETTLE_MS,
  startPresenterLink,
  type WindowRole,
} from '../../src/state/presenterLink';
import { createViewStore, type ViewStoreApi } from '../../src/state/store';
import { tinyDataset } from '../support/tinyGraph';

// Node has BroadcastChannel: these windows talk through a real one, as two tabs would.
const name = () => `test-present-${Math.random()}`;
const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

const open = (channel: string, role: WindowRole, at?: { id: string; step: number }) => {
  const store = createViewStore(tinyDataset());
  if (at) store.getState().playStory(at.id, at.step);
  const stop = startPresenterLink({ port: new BroadcastChannel(channel), store, role });
  stops.push(stop);
  return { store, stop };
};
const settled = () => new Promise((r) => setTimeout(r, SETTLE_MS + 150));
const position = (store: ViewStoreApi) => store.getState().story;

describe('the presenter link', () => {
  it('a window that opens takes the position of the window already there, not its own', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 3 });
    await settled();
    const console = open(channel, 'console', { id: 'tour', step: 0 });
    await vi.waitFor(() => expect(position(console.store)).toEqual({ id: 'tour', step: 3 }));
    expect(position(audience.store)).toEqual({ id: 'tour', step: 3 });
  });

  it('a window alone keeps its own position', async () => {
    const alone = open(name(), 'console', { id: 'tour', step: 2 });
    await settled();
    expect(position(alone.store)).toEqual({ id: 'tour', step: 2 });
    expect(alone.store.getState().linkedWindows).toEqual({ consoles: 0, audiences: 0, settled: true });
  });

  it('moves and reveals in either window reach the other, and nothing echoes', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 0 });
    await settled();
    const console = open(channel, 'console');
    await settled();
    const sent: unknown[] = [];
    const spy = new BroadcastChannel(channel);
    spy.addEventListener('message', (e) => sent.push(e.data));
    console.store.getState().goToStep(1);
    await vi.waitFor(() => expect(position(audience.store)?.step).toBe(1));
    console.store.getState().revealQuiz();
    await vi.waitFor(() => expect(audience.store.getState().quizRevealed).toBe(true));
    audience.store.getState().goToStep(2);
    await vi.waitFor(() => expect(position(console.store)?.step).toBe(2));
    expect(console.store.getState().quizRevealed).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    // One message per change, none sent back by the window that applied it.
    expect(sent.filter((m) => (m as { kind: string }).kind === 'state')).toHaveLength(3);
    spy.close();
    console.store.getState().stopStory();
    await vi.waitFor(() => expect(position(audience.store)).toBeNull());
  });

  it('a move made in a window that has not yet heard the other is kept, and the other follows', async () => {
    const channel = name();
    const audience = open(channel, 'audience');
    await settled();
    const console = open(channel, 'console');
    // The lecturer starts a story before the audience window's answer (no story) has arrived.
    console.store.getState().playStory('tour', 0);
    await vi.waitFor(() => expect(position(audience.store)).toEqual({ id: 'tour', step: 0 }));
    await settled();
    expect(position(console.store)).toEqual({ id: 'tour', step: 0 });
    expect(position(audience.store)).toEqual({ id: 'tour', step: 0 });
  });

  it('a late or crossing message never undoes a move made after it', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 1 });
    await settled();
    audience.store.getState().goToStep(2);
    const other = new BroadcastChannel(channel);
    const state = { kind: 'state', from: 'x', role: 'console', settled: true, revealed: false };
    // Chosen before the move to step 2: ignored.
    other.postMessage({ ...state, at: Date.now() - 5_000, story: { id: 'tour', step: 0 } });
    await new Promise((r) => setTimeout(r, 200));
    expect(position(audience.store)).toEqual({ id: 'tour', step: 2 });
    // Chosen after it: applied.
    other.postMessage({ ...state, at: Date.now() + 5_000, story: { id: 'tour', step: 0 } });
    await vi.waitFor(() => expect(position(audience.store)).toEqual({ id: 'tour', step: 0 }));
    other.close();
  });

  it('each window knows which others are open, and forgets one that says goodbye', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 0 });
    const console = open(channel, 'console');
    // Until it has heard the others, a new window says it does not know yet.
    expect(console.store.getState().linkedWindows.settled).toBe(false);
    await vi.waitFor(() =>
      expect(audience.store.getState().linkedWindows).toEqual({ consoles: 1, audiences: 0, settled: true }),
    );
    await vi.waitFor(() =>
      expect(console.store.getState().linkedWindows).toEqual({ consoles: 0, audiences: 1, settled: true }),
    );
    stops.splice(stops.indexOf(console.stop), 1);
    console.stop();
    await vi.waitFor(() => expect(audience.store.getState().linkedWindows.consoles).toBe(0));
  });

  it('ignores what is not one of its messages', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 1 });
    await settled();
    const other = new BroadcastChannel(channel);
    // Each would be applied (chosen later than anything here) if it were one of its messages.
    const at = Date.now() + 60_000;
    const state = { kind: 'state', from: 'x', role: 'console', settled: true, at, revealed: false };
    for (const junk of [
      null,
      'next',
      { ...state, story: { id: 'tour', step: -1 } },
      { ...state, role: 'projector', story: null },
      { ...state, from: '', story: null },
      { ...state, at: -1, story: null },
      { ...state, at: undefined, story: null },
      { kind: 'hello' },
    ])
      other.postMessage(junk);
    await new Promise((r) => setTimeout(r, 200));
    other.close();
    expect(position(audience.store)).toEqual({ id: 'tour', step: 1 });
    expect(audience.store.getState().linkedWindows).toEqual({ consoles: 0, audiences: 0, settled: true });
  });

  it('a window whose hello went unanswered asks again when it hears the other, and waits for it as long as told', async () => {
    const channel = name();
    const audience = open(channel, 'audience', { id: 'tour', step: 5 });
    await settled();
    // This console's first word (its hello) is lost on the way.
    const real = new BroadcastChannel(channel);
    let dropped = false;
    const port = {
      postMessage: (data: unknown) => {
        if (!dropped) dropped = true;
        else real.postMessage(data);
      },
      addEventListener: real.addEventListener.bind(real) as never,
      removeEventListener: real.removeEventListener.bind(real) as never,
      close: () => real.close(),
    };
    const store = createViewStore(tinyDataset());
    store.getState().playStory('tour', 0);
    stops.push(startPresenterLink({ port, store, role: 'console', settleMs: GONE_MS }));
    // The audience's `here` (every HERE_MS) makes it ask again, and it takes the audience's step.
    await vi.waitFor(() => expect(store.getState().story).toEqual({ id: 'tour', step: 5 }), {
      timeout: HERE_MS + 1500,
    });
    expect(store.getState().linkedWindows).toEqual({ consoles: 0, audiences: 1, settled: true });
    expect(position(audience.store)).toEqual({ id: 'tour', step: 5 });
  });
});
