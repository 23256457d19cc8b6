import * as z from 'zod/mini';
import type { ViewStoreApi } from './store';
import type { LinkedWindows } from './teachSlice';

/**
 * Links the windows of one presentation (the audience window and presenter consoles) through a
 * BroadcastChannel: no server, same browser. Each window says `hello` when it opens, answers every
 * `hello` with its state, says `here` now and then and `bye` when it goes. A window that opens takes
 * the story position of a window already settled (so a reload of either re-syncs); after that each
 * change of story, step or quiz reveal is sent, and a received one that differs is applied (one that
 * equals the window's own ends the exchange, so nothing echoes).
 *
 * Every state carries when its position was last chosen by a person (`at`, this machine's clock,
 * which all windows of one browser share; 0 for a position nobody chose here). Of two that differ,
 * the later wins, so a late or crossing message never undoes a newer move: a lecturer who starts a
 * story in a console that has not yet heard the audience window keeps it, and the audience follows.
 */

export type WindowRole = 'audience' | 'console';

const role = z.enum(['audience', 'console']);
const position = z.nullable(
  z.object({ id: z.string().check(z.minLength(1)), step: z.int().check(z.nonnegative()) }),
);
const base = { from: z.string().check(z.minLength(1)), role };
const message = z.union([
  z.object({ kind: z.literal('hello'), ...base }),
  z.object({ kind: z.literal('here'), ...base }),
  z.object({ kind: z.literal('bye'), ...base }),
  z.object({
    kind: z.literal('state'),
    ...base,
    /** Whether the sender has its position already (answers from a window still opening do not count). */
    settled: z.boolean(),
    /** When a person last chose this position (ms since the epoch; 0: nobody did). */
    at: z.number().check(z.nonnegative()),
    story: position,
    revealed: z.boolean(),
  }),
]);
export type PresenterMessage = z.infer<typeof message>;

/** What a window needs of a channel; BroadcastChannel has it, and tests can pass a pair of fakes. */
export interface MessagePort {
  postMessage: (data: unknown) => void;
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
  removeEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
  close: () => void;
}

export const channelName = (datasetId: string): string => `kg-present:${datasetId}`;

/** How long a new window waits for a settled one before it keeps its own position (ms). */
export const SETTLE_MS = 400;
/** How often a window says it is still there, and after how long without a word it counts as gone. */
export const HERE_MS = 2000;
export const GONE_MS = 6500;

export interface LinkOptions {
  port: MessagePort;
  store: ViewStoreApi;
  role: WindowRole;
  /** This window's id (unique per window and load). */
  id?: string;
  /**
   * How long to wait for a settled window before keeping this one's position (ms): SETTLE_MS, or
   * longer where another window is known to have been open (a reload): long enough to hear its `here`.
   */
  settleMs?: number;
}

const countRoles = (
  peers: Map<string, { role: WindowRole; seen: number }>,
  settled: boolean,
): LinkedWindows => {
  const linked = { consoles: 0, audiences: 0, settled };
  for (const p of peers.values()) linked[p.role === 'console' ? 'consoles' : 'audiences'] += 1;
  return linked;
};

/** Starts linking this window; returns `stop` (says bye and closes the port). */
export const startPresenterLink = ({
  port,
  store,
  role: me,
  id = crypto.randomUUID(),
  settleMs = SETTLE_MS,
}: LinkOptions) => {
  const peers = new Map<string, { role: WindowRole; seen: number }>();
  let settled = false;
  let applying = false;
  /** When this window's position was last chosen, here or in the window it was taken from. */
  let chosenAt = 0;
  const send = (data: PresenterMessage) => port.postMessage(data);
  const stateMessage = (): PresenterMessage => {
    const s = store.getState();
    return {
      kind: 'state',
      from: id,
      role: me,
      settled,
      at: chosenAt,
      story: s.story,
      revealed: s.quizRevealed,
    };
  };
  const publishPeers = () => {
    const next = countRoles(peers, settled);
    const now = store.getState().linkedWindows;
    if (next.consoles !== now.consoles || next.audiences !== now.audiences || next.settled !== now.settled)
      store.getState().setLinkedWindows(next);
  };
  const apply = (story: PresenterMessage & { kind: 'state' }) => {
    const s = store.getState();
    applying = true;
    try {
      if (!story.story) {
        if (s.story) s.stopStory();
      } else if (s.story?.id !== story.story.id) s.playStory(story.story.id, story.story.step);
      else if (s.story.step !== story.story.step) s.goToStep(story.story.step);
      if (story.revealed && !store.getState().quizRevealed) store.getState().revealQuiz();
    } finally {
      applying = false;
    }
  };
  const settle = () => {
    if (settled) return;
    settled = true;
    publishPeers();
    send(stateMessage());
  };
  const onMessage = ({ data }: { data: unknown }) => {
    const parsed = message.safeParse(data);
    if (!parsed.success || parsed.data.from === id) return;
    const m = parsed.data;
    const known = peers.has(m.from);
    if (m.kind === 'bye') peers.delete(m.from);
    else peers.set(m.from, { role: m.role, seen: Date.now() });
    publishPeers();
    if (m.kind === 'hello') send(stateMessage());
    // A window heard first through its `here` (its answer to our hello was lost or late): ask again.
    if (m.kind === 'here' && !known && !settled) send({ kind: 'hello', from: id, role: me });
    if (m.kind !== 'state') return;
    // Chosen later than what this window shows, or as late by a settled window that wins the tie.
    const newer = m.at > chosenAt || (m.at === chosenAt && m.settled && m.from > id);
    if (!settled) {
      if (!m.settled) return;
      // A window still opening takes a settled one's position, unless a person here chose later.
      if (m.at >= chosenAt) {
        apply(m);
        chosenAt = m.at;
      }
      settle();
      return;
    }
    const s = store.getState();
    const same =
      (m.story?.id ?? null) === (s.story?.id ?? null) &&
      (m.story?.step ?? null) === (s.story?.step ?? null) &&
      (!m.revealed || s.quizRevealed);
    if (same) chosenAt = Math.max(chosenAt, m.at);
    else if (newer) {
      apply(m);
      chosenAt = m.at;
    }
  };
  port.addEventListener('message', onMessage);
  publishPeers();
  const unsubscribe = store.subscribe((s, previous) => {
    if (applying) return;
    if (s.story === previous.story && s.quizRevealed === previous.quizRevealed) return;
    // A person moved here: sent at once, even before this window has settled, so the others follow.
    chosenAt = Math.max(Date.now(), chosenAt + 1);
    send(stateMessage());
  });
  const settleTimer = setTimeout(settle, settleMs);
  const hereTimer = setInterval(() => {
    send({ kind: 'here', from: id, role: me });
    const now = Date.now();
    for (const [peer, { seen }] of peers) if (now - seen > GONE_MS) peers.delete(peer);
    publishPeers();
  }, HERE_MS);
  send({ kind: 'hello', from: id, role: me });
  return () => {
    clearTimeout(settleTimer);
    clearInterval(hereTimer);
    unsubscribe();
    port.removeEventListener('message', onMessage);
    send({ kind: 'bye', from: id, role: me });
    port.close();
    peers.clear();
    settled = true;
    publishPeers();
  };
};
