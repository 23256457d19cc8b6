import { useEffect } from 'react';
import { useDataset } from '../dataset/DatasetContext';
import { applyStepView, findStory } from '../model/storyView';
import { useViewStore, useViewStoreApi } from './store';
import { defaultFilters } from './viewTypes';

/**
 * When the story or its step changes, puts the step's view into the store: filters, focus,
 * selection, path, gap map, panel, layout and camera. The step stays the one owner of what
 * it shows; this only applies it.
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
    const applied = applyStepView(graph, current.view);
    const state = store.getState();
    const concealed = current.quiz?.hide;
    store.setState({
      selection: applied.selection?.id === concealed ? null : applied.selection,
      focus: applied.focus,
      trail: [],
      filters: {
        ...defaultFilters(vocabulary),
        ...applied.filters,
        types: applied.filters.types ?? defaultFilters(vocabulary).types,
      },
      path: applied.path,
      pathDraft: applied.path ?? {},
      pathIndex: 0,
      ref: applied.ref,
      view: applied.view,
      gapRows: applied.gapRows ?? state.gapRows,
      gapCols: applied.gapCols ?? state.gapCols,
      gapCell: applied.gapCell,
      panel: applied.panel,
    });
    // A step's declared layout is local to its elements (useLocalLayout): the global one stays.
    if (applied.camera === 'all') state.requestFit();
    else if (applied.camera) state.centreOn(applied.camera);
  }, [store, graph, vocabulary, stories, drafts, id, step]);
};
