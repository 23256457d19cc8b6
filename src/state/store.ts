import { create } from 'zustand';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createGapSlice, type GapSlice } from './gapSlice';
import { createLabelSlice, type LabelSlice } from './labelSlice';
import { createStorySlice, type StorySlice } from './storySlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The one store of view state. The graph data itself is never copied in here. */
export type ViewStore = NavigationSlice & FilterSlice & UiSlice & GapSlice & StorySlice & LabelSlice;

export const createViewStore = () =>
  create<ViewStore>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createFilterSlice(...args),
    ...createUiSlice(...args),
    ...createGapSlice(...args),
    ...createStorySlice(...args),
    ...createLabelSlice(...args),
  }));

export const useViewStore = createViewStore();
