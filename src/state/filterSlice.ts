import type { StateCreator } from 'zustand';
import type { Dataset } from '../dataset/dataset';
import type { ViewStore } from './store';
import { defaultFilters, facetValue, type Filters } from './viewTypes';

export interface FilterSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleType: (type: string) => void;
  /** Shows only `value` of a facet ('all' clears it). */
  setFacet: (facet: string, value: string) => void;
  resetFilters: () => void;
}

export const createFilterSlice =
  (dataset: Dataset): StateCreator<ViewStore, [], [], FilterSlice> =>
  (set) => ({
    filters: defaultFilters(dataset.vocabulary),
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    toggleType: (type) =>
      set((s) => {
        const types = s.filters.types.includes(type)
          ? s.filters.types.filter((t) => t !== type)
          : [...s.filters.types, type];
        return { filters: { ...s.filters, types } };
      }),
    setFacet: (facet, value) =>
      set((s) => ({ filters: { ...s.filters, facets: facetValue(s.filters.facets, facet, value) } })),
    resetFilters: () => set({ filters: defaultFilters(dataset.vocabulary) }),
  });
