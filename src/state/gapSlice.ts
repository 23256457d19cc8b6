import type { StateCreator } from 'zustand';
import type { Dataset } from '../dataset/dataset';
import type { ViewStore } from './store';
import { defaultGapAxes } from '../model/gaps/gapAxes';

export type GapSort = 'group' | 'name' | 'evidence' | 'gaps';

export interface GapCellRef {
  row: string;
  col: string;
}

/** The gap map's pairing and chosen cell. */
export interface GapSlice {
  gapRows: string;
  gapCols: string;
  gapCell: GapCellRef | null;
  gapSort: { rows: GapSort; cols: GapSort };
  gapQuery: { rows: string; cols: string };
  gapHideEmpty: boolean;
  /** Show each cell's MSC and exosome counts separately. */
  gapSplit: boolean;
  setGapOptions: (
    patch: Partial<Pick<GapSlice, 'gapSort' | 'gapQuery' | 'gapHideEmpty' | 'gapSplit'>>,
  ) => void;
  setGapAxes: (rows: string, cols: string) => void;
  selectGapCell: (cell: GapCellRef | null) => void;
}

export const createGapSlice =
  (dataset: Dataset): StateCreator<ViewStore, [], [], GapSlice> =>
  (set) => ({
    gapRows: defaultGapAxes(dataset.vocabulary)[0],
    gapCols: defaultGapAxes(dataset.vocabulary)[1],
    gapCell: null,
    gapSort: { rows: 'group', cols: 'group' },
    gapQuery: { rows: '', cols: '' },
    gapHideEmpty: false,
    gapSplit: false,
    setGapOptions: (patch) => set(patch),
    setGapAxes: (gapRows, gapCols) => set({ gapRows, gapCols, gapCell: null }),
    selectGapCell: (gapCell) => set({ gapCell, selection: null, panel: 'details' }),
  });
