import type { StateCreator } from 'zustand';
import type { Story } from '../model/storySchema';
import type { ViewStore } from './store';

export interface StoryPosition {
  /** A shipped story id, or a draft id (`draft-…`). */
  id: string;
  /** Zero-based step index. */
  step: number;
}

/** Playing and presenting stories, and the lecturer's own drafts (saved in the browser). */
export interface StorySlice {
  story: StoryPosition | null;
  presenting: boolean;
  /** Whether the current quiz step's hidden relation has been revealed. */
  quizRevealed: boolean;
  drafts: Story[];
  /** Undo stack for destructive edits of drafts (deleted steps and stories). */
  draftUndo: Story[][];
  /** The draft that "Add this view as a step" appends to. */
  editingDraft: string | null;
  playStory: (id: string, step?: number) => void;
  goToStep: (step: number) => void;
  stopStory: () => void;
  setPresenting: (presenting: boolean) => void;
  revealQuiz: () => void;
  setDrafts: (drafts: Story[], options?: { undoable?: boolean }) => void;
  undoDrafts: () => void;
}

export const createStorySlice: StateCreator<ViewStore, [], [], StorySlice> = (set) => ({
  story: null,
  presenting: false,
  quizRevealed: false,
  drafts: [],
  draftUndo: [],
  editingDraft: null,
  // A new sitting: another story starts with no answers counted.
  playStory: (id, step = 0) =>
    set((s) => ({
      story: { id, step },
      quizRevealed: false,
      ...(s.story?.id === id ? {} : { answers: {} }),
    })),
  goToStep: (step) => set((s) => (s.story ? { story: { ...s.story, step }, quizRevealed: false } : {})),
  stopStory: () => set({ story: null, presenting: false, quizRevealed: false, answers: {} }),
  setPresenting: (presenting) => set({ presenting }),
  revealQuiz: () => set({ quizRevealed: true }),
  setDrafts: (drafts, options) =>
    set((s) => ({
      drafts,
      draftUndo: options?.undoable ? [...s.draftUndo, s.drafts].slice(-20) : s.draftUndo,
    })),
  undoDrafts: () =>
    set((s) => {
      const previous = s.draftUndo.at(-1);
      return previous ? { drafts: previous, draftUndo: s.draftUndo.slice(0, -1) } : {};
    }),
});
