import type { StateCreator } from 'zustand';
import type { ChosenAnswer } from './sittingAnswers';
import type { ViewStore } from './store';

/** The other windows of this story's presentation that this window hears (presenterLink.ts). */
export interface LinkedWindows {
  /** Presenter consoles open on this dataset. */
  consoles: number;
  /** Audience windows (the app itself) open on this dataset. */
  audiences: number;
  /**
   * Whether the counts are known: false while a window that just opened waits to hear the others
   * (at most SETTLE_MS), so that it shows nothing meant only for a presenter before it knows.
   */
  settled: boolean;
}

/** Teaching aids around a story: the step overview, the audience link's QR code, the linked windows. */
export interface TeachSlice {
  /** The story whose step overview is open, or null. */
  overview: string | null;
  /** Whether the title step shows the QR code of the story's link. */
  showQr: boolean;
  linkedWindows: LinkedWindows;
  /** This sitting's answers to question steps, by `answerKey` (cleared with the story): the first choice counts. */
  answers: Record<string, ChosenAnswer>;
  openOverview: (storyId: string) => void;
  closeOverview: () => void;
  setShowQr: (show: boolean) => void;
  setLinkedWindows: (linked: LinkedWindows) => void;
  answerQuestion: (key: string, choice: string, right: boolean) => void;
}

export const createTeachSlice: StateCreator<ViewStore, [], [], TeachSlice> = (set) => ({
  overview: null,
  showQr: false,
  linkedWindows: { consoles: 0, audiences: 0, settled: true },
  answers: {},
  openOverview: (overview) => set({ overview }),
  closeOverview: () => set({ overview: null }),
  setShowQr: (showQr) => set({ showQr }),
  setLinkedWindows: (linkedWindows) => set({ linkedWindows }),
  answerQuestion: (key, choice, right) =>
    set((s) => (key in s.answers ? {} : { answers: { ...s.answers, [key]: { choice, right } } })),
});
