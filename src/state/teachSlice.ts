import type { StateCreator } from 'zustand';
import type { ViewStore } from './store';

/** Teaching aids around a story: the step overview and the audience link's QR code. */
export interface TeachSlice {
  /** The story whose step overview is open, or null. */
  overview: string | null;
  /** Whether the title step shows the QR code of the story's link. */
  showQr: boolean;
  openOverview: (storyId: string) => void;
  closeOverview: () => void;
  setShowQr: (show: boolean) => void;
}

export const createTeachSlice: StateCreator<ViewStore, [], [], TeachSlice> = (set) => ({
  overview: null,
  showQr: false,
  openOverview: (overview) => set({ overview }),
  closeOverview: () => set({ overview: null }),
  setShowQr: (showQr) => set({ showQr }),
});
