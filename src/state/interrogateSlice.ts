import type { StateCreator } from 'zustand';
import type { Flag } from '../model/audit/flags';
import type { ViewStore } from './store';

export interface ReaderAnchor {
  p: number;
  s: number;
}

/**
 * Interrogating the evidence: entities compared side by side, the reader's place in the review,
 * and the reader's evidence flags (kept in the browser by useFlagPersistence).
 */
export interface InterrogateSlice {
  /** Two or three entities of one type, or empty. */
  compare: string[];
  /** Whether narrower entities' relations count for each compared entity. */
  compareNarrower: boolean;
  /** The statement the reader is opened at. */
  reading: ReaderAnchor | null;
  flags: Flag[];
  /** The evidence item whose flag form is open. */
  flagging: { edge: string; index: number } | null;
  setCompare: (ids: string[], narrower?: boolean) => void;
  readAt: (anchor: ReaderAnchor | null) => void;
  startFlag: (edge: string, index: number) => void;
  cancelFlag: () => void;
  addFlag: (flag: Flag) => void;
  removeFlag: (id: string) => void;
}

export const createInterrogateSlice: StateCreator<ViewStore, [], [], InterrogateSlice> = (set) => ({
  compare: [],
  compareNarrower: true,
  reading: null,
  flags: [],
  flagging: null,
  setCompare: (compare, narrower) =>
    set((s) => ({
      compare,
      compareNarrower: narrower ?? s.compareNarrower,
      ...(compare.length > 0 ? { view: 'compare' as const } : {}),
    })),
  readAt: (reading) => set({ reading, view: 'reader' }),
  startFlag: (edge, index) => set({ flagging: { edge, index } }),
  cancelFlag: () => set({ flagging: null }),
  addFlag: (flag) =>
    set((s) => ({ flags: [...s.flags.filter((f) => f.id !== flag.id), flag], flagging: null })),
  removeFlag: (id) => set((s) => ({ flags: s.flags.filter((f) => f.id !== id) })),
});
