import type { StepView, StoryStep } from '../model/storySchema';
import { applyStepView } from '../model/storyView';
import type { KnowledgeGraph } from '../model/types';
import type { Vocabulary } from '../model/vocabulary/vocabulary';
import { captureStep, type CapturableView } from './captureStep';
import type { ViewStore } from './store';
import { parseUrlView, serializeUrlView, type UrlView } from './urlState';
import { defaultFilters } from './viewTypes';

/**
 * The one codec between the three forms a view takes: the store's view state (`UrlView`), the query
 * string, and a story step. URL sync and the story player both go through it and then through the
 * store's single `applyView` action, so neither writes raw state with rules of its own.
 */

/** Where the camera goes after a view is applied: fit these ids, fit everything, or stay. */
export type CameraTarget = string[] | 'all' | null;

/** The view state the URL carries and a step can hold, read from the store. */
export const currentView = (s: ViewStore): UrlView => ({
  selection: s.selection,
  focus: s.focus,
  filters: s.filters,
  path: s.path,
  pathDirection: s.pathDirection,
  ref: s.ref,
  layout: s.layout,
  view: s.view,
  panel: s.panel,
  gapRows: s.gapRows,
  gapCols: s.gapCols,
  gapCell: s.gapCell,
  story: s.story,
  presenting: s.presenting,
  compare: s.compare,
  compareNarrower: s.compareNarrower,
  reading: s.reading,
});

export const viewFromUrl = parseUrlView;
export const viewToUrl = serializeUrlView;

/**
 * The view a story step asks for. What the step leaves out takes the dataset's defaults, except the
 * gap-map axes, which stay as they are (`base`), the layout, which is always `base`'s (a step's
 * declared layout is laid out locally on its elements only), and the story position, which is `base`'s.
 */
export const viewFromStep = (
  graph: KnowledgeGraph,
  vocabulary: Vocabulary,
  step: StepView,
  base: UrlView,
): { view: UrlView; camera: CameraTarget } => {
  const applied = applyStepView(graph, step);
  const defaults = defaultFilters(vocabulary);
  return {
    view: {
      selection: applied.selection,
      focus: applied.focus,
      filters: { ...defaults, ...applied.filters, types: applied.filters.types ?? defaults.types },
      path: applied.path,
      // A step holds no path direction: the reader's choice stays.
      pathDirection: base.pathDirection,
      ref: applied.ref,
      // A step's declared layout is local to its elements (useLocalLayout reads it from the step):
      // the global layout stays, so it never leaks into the next step.
      layout: base.layout,
      view: applied.view,
      panel: applied.panel,
      gapRows: applied.gapRows ?? base.gapRows,
      gapCols: applied.gapCols ?? base.gapCols,
      gapCell: applied.gapCell,
      story: base.story,
      presenting: base.presenting,
      compare: base.compare,
      compareNarrower: base.compareNarrower,
      reading: base.reading,
    },
    camera: applied.camera,
  };
};

/** The view as a story step (a drafted title and caption to edit). */
export const viewToStep = (graph: KnowledgeGraph, view: CapturableView): StoryStep =>
  captureStep(graph, view);
