import type { StateCreator } from 'zustand';
import type { ViewStore } from './store';

/** A force layout running in its worker: what it is, how far it got, and how to stop it. */
export interface LayoutJobState {
  algorithm: string;
  done: number;
  total: number;
  /** Applying the result to the canvas (in chunks), after the computation. */
  applying: boolean;
  stop: () => void;
}

export interface LayoutJobSlice {
  layoutJob: LayoutJobState | null;
  setLayoutJob: (job: LayoutJobState | null) => void;
}

export const createLayoutJobSlice: StateCreator<ViewStore, [], [], LayoutJobSlice> = (set) => ({
  layoutJob: null,
  setLayoutJob: (layoutJob) => set({ layoutJob }),
});
