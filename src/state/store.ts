import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Dataset } from '../dataset/dataset';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createGapSlice, type GapSlice } from './gapSlice';
import { createInterrogateSlice, type InterrogateSlice } from './interrogateSlice';
import { createLabelSlice, type LabelSlice } from './labelSlice';
import { createLayoutJobSlice, type LayoutJobSlice } from './layoutJobSlice';
import { createStorySlice, type StorySlice } from './storySlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createTeachSlice, type TeachSlice } from './teachSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The view state of one dataset. The graph data itself is never copied in here. */
export type ViewStore = NavigationSlice &
  FilterSlice &
  UiSlice &
  GapSlice &
  StorySlice &
  TeachSlice &
  ViewSlice &
  InterrogateSlice &
  LabelSlice &
  LayoutJobSlice;
export type ViewStoreApi = StoreApi<ViewStore>;

/** One store per dataset: opening another graph starts from its own defaults. */
export const createViewStore = (dataset: Dataset): ViewStoreApi =>
  createStore<ViewStore>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createFilterSlice(dataset)(...args),
    ...createUiSlice(...args),
    ...createGapSlice(dataset)(...args),
    ...createStorySlice(...args),
    ...createTeachSlice(...args),
    ...createViewSlice(...args),
    ...createInterrogateSlice(...args),
    ...createLabelSlice(...args),
    ...createLayoutJobSlice(...args),
  }));

export const ViewStoreContext = createContext<ViewStoreApi | null>(null);

/** The store of the dataset on screen, for event handlers (`getState`, `setState`, `subscribe`). */
export const useViewStoreApi = (): ViewStoreApi => {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStoreApi must be used inside a <ViewStoreContext.Provider>');
  return store;
};

/** A piece of the view state, re-rendering only when it changes. */
export const useViewStore = <T>(selector: (state: ViewStore) => T): T =>
  useStore(useViewStoreApi(), selector);
