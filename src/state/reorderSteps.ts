import type { Story } from '../model/storySchema';

/** Moves a draft's step from one position to another (drag and drop, or keys), returning new drafts. */
export const moveStepTo = (drafts: readonly Story[], id: string, from: number, to: number): Story[] =>
  drafts.map((s) => {
    if (s.id !== id || from === to || from < 0 || to < 0 || from >= s.steps.length || to >= s.steps.length)
      return s;
    const steps = [...s.steps];
    const [moved] = steps.splice(from, 1);
    steps.splice(to, 0, moved!);
    return { ...s, steps };
  });

/** Where the step at `index` is after moving `from` to `to` (so a playing story stays on its step). */
export const indexAfterMove = (index: number, from: number, to: number): number => {
  if (index === from) return to;
  if (from < index && to >= index) return index - 1;
  if (from > index && to <= index) return index + 1;
  return index;
};
