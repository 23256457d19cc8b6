import { useMemo } from 'react';
import { stepSpotlight } from '../../../model/storyView';
import type { KnowledgeGraph } from '../../../model/types';
import type { VisibleSubgraph } from '../../../model/visibleSubgraph';
import { useViewStore } from '../../../state/store';
import { useStory } from '../../story/useStory';
import { localTarget, type LocalTarget } from './localTarget';

/** The local layout the current view asks for, stable while the view stays the same. */
export const useLocalTarget = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  pathElements: readonly string[] | undefined,
  spotlight: readonly string[] | undefined,
): LocalTarget | null => {
  const focus = useViewStore((s) => s.focus);
  const view = useViewStore((s) => s.view);
  const cell = useViewStore((s) => s.gapCell);
  const current = useStory();
  const stepView = current?.step.view;
  const stepKey = current ? `${current.story.id}:${current.index}` : '';
  const pathKey = pathElements?.filter((id) => graph.hasNode(id)).join(',') ?? '';
  const cellNodes = view === 'gaps' && cell ? (spotlight ?? []).filter((id) => graph.hasNode(id)) : [];
  const cellKey = cellNodes.length > 0 ? `${cell?.row}|${cell?.col}|${cellNodes.length}` : '';
  const focusKey = focus ? `${focus.id}:${focus.depth}` : '';
  return useMemo(() => {
    const stepNodes = stepView ? stepSpotlight(graph, stepView).filter((id) => graph.hasNode(id)) : [];
    const nodes = stepNodes.length > 0 || !stepView?.layout ? stepNodes : [...visible.nodes];
    return localTarget(graph, visible, {
      focus: focusKey ? { id: focusKey.split(':')[0]!, depth: Number(focusKey.split(':')[1]) } : null,
      ...(pathKey ? { path: pathKey.split(',') } : {}),
      ...(stepView
        ? {
            step: {
              key: stepKey,
              nodes,
              ...(stepView.select ? { select: stepView.select } : {}),
              ...(stepView.layout ? { layout: stepView.layout } : {}),
            },
          }
        : {}),
      ...(cellKey ? { cell: { key: cellKey, nodes: cellNodes } } : {}),
    });
    // cellNodes is keyed by cellKey
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, visible, focusKey, pathKey, stepKey, stepView, cellKey]);
};
