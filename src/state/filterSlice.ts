import type { StateCreator } from 'zustand';
import type { EntityType } from '../model/entityTypes';
import type { ViewStore } from './store';
import { DEFAULT_FILTERS, type Filters } from './viewTypes';

export interface FilterSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleType: (type: EntityType) => void;
  resetFilters: () => void;
}

export const createFilterSlice: StateCreator<ViewStore, [], [], FilterSlice> = (set) => ({
  filters: DEFAULT_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleType: (type) =>
    set((s) => {
      const types = s.filters.types.includes(type)
        ? s.filters.types.filter((t) => t !== type)
        : [...s.filters.types, type];
      return { filters: { ...s.filters, types } };
    }),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});
