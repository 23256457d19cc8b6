import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { findStory } from '../model/storyView';
import { useViewStore, useViewStoreApi } from './store';
import { currentView, viewFromStep } from './viewCodec';

/**
 * When the story or its step changes, puts the step's view into the store through the view codec
 * and applyView: filters, focus, selection, path, gap map, panel and camera. A step's declared layout
 * is not applied here: it stays local to the step's elements (useLocalLayout) and never becomes the
 * global layout. The step stays the one owner of what it shows; this only applies it.
 */
export const useStoryPlayer = (): void => {
  const store = useViewStoreApi();
  const { graph, stories, vocabulary } = useDataset();
  const id = useViewStore((s) => s.story?.id);
  const step = useViewStore((s) => s.story?.step);
  const drafts = useViewStore((s) => s.drafts);
  useEffect(() => {
    if (id === undefined || step === undefined) return;
    const story = findStory(stories, drafts, id);
    const current = story?.steps[step];
    if (!current) return;
    const state = store.getState();
    const { view, camera } = viewFromStep(graph, vocabulary, current.view, currentView(state));
    state.applyView(view, { camera, conceal: current.quiz?.hide, trail: 'reset' });
  }, [store, graph, vocabulary, stories, drafts, id, step]);
};
