import type { Dataset } from '../../dataset/dataset';
import { layeredPositions } from '../../layout/layeredPositions';
import type { StoryStep } from '../../model/storySchema';
import { applyStepView, stepSpotlight } from '../../model/storyView';
import type { Positions } from '../../model/types';
import { neighbourhood, visibleSubgraph } from '../../model/visibleSubgraph';
import { defaultFilters } from '../../state/viewTypes';

/** What a thumbnail draws for a step: shown, bright and hidden elements, where nodes stand, what to frame. */
export interface ThumbnailScene {
  visible: Set<string>;
  /** Elements kept bright (undefined: none faded). */
  keep?: Set<string>;
  selected?: string;
  concealed?: string;
  /** Positions for the step's layout, when it is not the stored one. */
  positions?: Positions;
  concentric: boolean;
  /** Ids to frame, or 'all' for everything shown. */
  frame: string[] | 'all';
}

/**
 * The scene a step shows, derived as the story player would: the step's filters, its spotlight
 * or focus neighbourhood, its hidden quiz relation and its camera. (A fresh force layout is not
 * re-run for a thumbnail: such steps are drawn at the stored positions.)
 */
export const thumbnailScene = (dataset: Dataset, step: StoryStep): ThumbnailScene => {
  const { graph, vocabulary } = dataset;
  const applied = applyStepView(graph, step.view);
  const filters = {
    ...defaultFilters(vocabulary),
    ...applied.filters,
    types: applied.filters.types ?? defaultFilters(vocabulary).types,
  };
  const sub = visibleSubgraph(graph, filters);
  const visible = new Set([...sub.nodes, ...sub.edges]);
  let keep: Set<string> | undefined;
  if (applied.focus) {
    const nodes = neighbourhood(graph, sub, applied.focus.id, applied.focus.depth);
    keep = new Set([
      ...nodes,
      ...[...sub.edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))),
    ]);
  } else {
    const spot = stepSpotlight(graph, step.view);
    if (spot.length > 0) keep = new Set(spot);
  }
  const concealed = step.quiz?.hide;
  const selected = applied.selection && applied.selection.id !== concealed ? applied.selection.id : undefined;
  return {
    visible,
    ...(keep ? { keep } : {}),
    ...(selected ? { selected } : {}),
    ...(concealed ? { concealed } : {}),
    ...(applied.layout === 'layered' ? { positions: layeredPositions(graph, sub.nodes, sub.edges) } : {}),
    // A focus or spotlight drawn at the stored positions is a thin strip at this scale: its own
    // elements are gathered in rings instead, so each thumbnail shows its step's shape.
    concentric: applied.layout === 'concentric' || (keep !== undefined && applied.layout !== 'layered'),
    // Frame what the step is about: its camera, else what it keeps bright, else everything shown.
    frame: applied.camera ?? (keep ? [...keep] : 'all'),
  };
};
