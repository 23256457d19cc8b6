/** How long a pause (ms) ends a type-ahead word: the next letter starts a new one. */
export const TYPE_AHEAD_MS = 500;

export interface TypeAhead {
  /** The letters typed so far, lower-cased. */
  buffer: string;
  /** When the last letter came (ms). */
  at: number;
}

export const EMPTY_TYPE_AHEAD: TypeAhead = { buffer: '', at: -Infinity };

/** Lower-cased, accents dropped, so "é" finds "e" and "Α" is not confused with "a" by case alone. */
export const foldForTypeAhead = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/**
 * A key press fed to the type-ahead: a printable character extends the word typed within
 * `TYPE_AHEAD_MS`, or starts a new one after a pause. Returns null for keys that are not
 * letters (arrows, Enter, modifiers); a space only counts inside a word already begun.
 */
export const typeAheadKey = (
  state: TypeAhead,
  key: string,
  now: number,
  pauseMs = TYPE_AHEAD_MS,
): TypeAhead | null => {
  if ([...key].length !== 1) return null;
  const fresh = now - state.at > pauseMs;
  if (key === ' ' && (fresh || state.buffer === '')) return null;
  return { buffer: (fresh ? '' : state.buffer) + foldForTypeAhead(key), at: now };
};

/**
 * The item the typed word moves to (WAI-ARIA APG type-ahead): the next label, after the current
 * one and wrapping round, that starts with the word. One letter typed again and again ("sss")
 * cycles through the labels starting with it; a longer word first tries the current item, so
 * typing on refines the match rather than skipping it. Null when nothing matches (stay put).
 */
export const typeAheadMatch = (labels: readonly string[], current: number, buffer: string): number | null => {
  const n = labels.length;
  if (n === 0 || buffer === '') return null;
  const chars = [...buffer];
  const repeated = chars.every((c) => c === chars[0]);
  const word = repeated ? chars[0]! : buffer;
  const first = repeated ? 1 : 0;
  const from = current < 0 ? 0 : current;
  for (let step = first; step < n + first; step += 1) {
    const i = (from + step) % n;
    if (foldForTypeAhead(labels[i]!).startsWith(word)) return i;
  }
  return null;
};
