import type { StateCreator } from 'zustand';
import type { ViewStore } from './store';

/** How many labels to draw (1 fewest … 5 all that fit) and whether labels grow when zooming in. */
export interface LabelSlice {
  labelDensity: number;
  labelsFollowZoom: boolean;
  /** Show entities a filter left without any visible relation (hidden by default). */
  showStranded: boolean;
  setLabelDensity: (density: number) => void;
  setLabelsFollowZoom: (follow: boolean) => void;
  setShowStranded: (show: boolean) => void;
}

export const DEFAULT_LABEL_DENSITY = 3;

export const createLabelSlice: StateCreator<ViewStore, [], [], LabelSlice> = (set) => ({
  labelDensity: DEFAULT_LABEL_DENSITY,
  labelsFollowZoom: false,
  showStranded: false,
  setLabelDensity: (density) => set({ labelDensity: Math.min(5, Math.max(1, Math.round(density))) }),
  setLabelsFollowZoom: (labelsFollowZoom) => set({ labelsFollowZoom }),
  setShowStranded: (showStranded) => set({ showStranded }),
});
