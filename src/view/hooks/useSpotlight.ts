import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { gapCellElements } from '../../model/gaps/gapCellElements';
import { claimsCiting } from '../../model/refClaims';
import { useViewStore } from '../../state/store';
import { stepSpotlight } from '../../model/storyView';
import { useStory } from '../story/useStory';
import { useGapItems } from './useGapItems';

/**
 * Elements to keep bright: for a chosen reference, the relations it supports and their ends;
 * for a chosen gap-map cell, the relations carrying its evidence and the entities it names;
 * for a story step, what the step brings forward.
 */
export const useSpotlight = (): string[] | undefined => {
  const graph = useGraph();
  const current = useStory();
  const ref = useViewStore((s) => s.ref);
  const view = useViewStore((s) => s.view);
  const cell = useViewStore((s) => s.gapCell);
  const needsItems = view === 'gaps' && cell !== null;
  const items = useGapItems(needsItems);
  const stepView = current?.step.view;
  return useMemo(() => {
    if (needsItems && cell) {
      // A story step on the gap map also brings forward what it names itself.
      const named = stepView ? stepSpotlight(graph, stepView) : [];
      const ends = [cell.row, cell.col].filter((id) => graph.hasNode(id));
      return [...new Set([...gapCellElements(items, cell.row, cell.col), ...ends, ...named])];
    }
    if (stepView && !stepView.depth) {
      const ids = stepSpotlight(graph, stepView);
      if (ids.length > 0) return ids;
    }
    if (ref === null) return undefined;
    const ids = new Set<string>();
    for (const { edge } of claimsCiting(graph, ref)) {
      ids.add(edge).add(graph.source(edge)).add(graph.target(edge));
    }
    return [...ids];
  }, [graph, ref, needsItems, cell, items, stepView]);
};
