import type { StateCreator } from 'zustand';
import type { Dataset } from '../dataset/dataset';
import type { ViewStore } from './store';
import { defaultGapAxes } from '../model/gaps/gapAxes';

export type GapSort = 'group' | 'name' | 'evidence' | 'gaps' | 'cluster';

/** The evidence table's own filters (they narrow the matrix and the canvas too). */
export interface GapEvidenceQuery {
  text: string;
  outcome: string;
  ref: number | null;
}

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
  /** Open groups and entities per axis; null until the map decides (collapsed when it exceeds the screen). */
  gapExpanded: { rows: string[]; cols: string[] } | null;
  /** The matrix, or its twin: the table of the evidence items behind it. */
  gapMode: 'matrix' | 'table';
  gapEvidence: GapEvidenceQuery;
  setGapExpanded: (expanded: { rows: string[]; cols: string[] }) => void;
  setGapOptions: (
    patch: Partial<
      Pick<GapSlice, 'gapSort' | 'gapQuery' | 'gapHideEmpty' | 'gapSplit' | 'gapMode' | 'gapEvidence'>
    >,
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
    gapExpanded: null,
    gapMode: 'matrix',
    gapEvidence: { text: '', outcome: '', ref: null },
    setGapOptions: (patch) => set(patch),
    setGapExpanded: (gapExpanded) => set({ gapExpanded }),
    setGapAxes: (gapRows, gapCols) => set({ gapRows, gapCols, gapCell: null, gapExpanded: null }),
    selectGapCell: (gapCell) => set({ gapCell, selection: null, panel: 'details' }),
  });
