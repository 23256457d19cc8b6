import { useEffect } from 'react';
import { useLoadedGraph } from '../app/GraphContext';
import { applyStepView, findStory } from '../model/storyView';
import { useViewStore } from './store';
import { DEFAULT_FILTERS } from './viewTypes';

/**
 * When the story or its step changes, puts the step's view into the store: filters, focus,
 * selection, path, gap map, panel, layout and camera. The step stays the one owner of what
 * it shows; this only applies it.
 */
export const useStoryPlayer = (): void => {
  const { graph, stories } = useLoadedGraph();
  const id = useViewStore((s) => s.story?.id);
  const step = useViewStore((s) => s.story?.step);
  const drafts = useViewStore((s) => s.drafts);
  useEffect(() => {
    if (id === undefined || step === undefined) return;
    const story = findStory(stories, drafts, id);
    const current = story?.steps[step];
    if (!current) return;
    const applied = applyStepView(graph, current.view);
    const store = useViewStore.getState();
    const concealed = current.quiz?.hide;
    useViewStore.setState({
      selection: applied.selection?.id === concealed ? null : applied.selection,
      focus: applied.focus,
      trail: [],
      filters: {
        ...DEFAULT_FILTERS,
        ...applied.filters,
        types: applied.filters.types ?? DEFAULT_FILTERS.types,
      },
      path: applied.path,
      pathDraft: applied.path ?? {},
      pathIndex: 0,
      ref: applied.ref,
      view: applied.view,
      gapRows: applied.gapRows ?? store.gapRows,
      gapCols: applied.gapCols ?? store.gapCols,
      gapCell: applied.gapCell,
      panel: applied.panel,
    });
    // A step's declared layout is local to its elements (useLocalLayout): the global one stays.
    if (applied.camera === 'all') store.requestFit();
    else if (applied.camera) store.centreOn(applied.camera);
  }, [graph, stories, drafts, id, step]);
};
