import { useMemo } from 'react';
import { useGraph } from '../../../dataset/DatasetContext';
import { stepSpotlight } from '../../../model/storyView';
import { useViewStore } from '../../../state/store';
import { useStory } from '../../story/useStory';

/**
 * Of a gap cell's spotlight, what the view is about: the cell's row and column entities and what a
 * story step names itself. The other entities the cell's evidence names stay bright but are
 * labelled after these (on a crowded gap-map strip they give way). Undefined without a gap cell:
 * then the whole spotlight is what the view is about.
 */
export const useLabelCore = (): string[] | undefined => {
  const graph = useGraph();
  const view = useViewStore((s) => s.view);
  const cell = useViewStore((s) => s.gapCell);
  const stepView = useStory()?.step.view;
  return useMemo(() => {
    if (view !== 'gaps' || !cell) return undefined;
    const named = stepView ? stepSpotlight(graph, stepView) : [];
    return [cell.row, cell.col, ...named].filter((id) => graph.hasNode(id));
  }, [graph, view, cell, stepView]);
};
