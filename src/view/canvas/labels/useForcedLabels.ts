import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../../model/types';
import { neighbourhood, type VisibleSubgraph } from '../../../model/visibleSubgraph';
import type { Focus } from '../../../state/viewTypes';
import type { Emphasis } from '../emphasis';
import { forcedLabels } from './labelPriority';
import { useLabelCore } from './useLabelCore';

/** The labels the current view must show: selection, neighbours, focus ring, path, spotlight, quiz ends. */
export const useForcedLabels = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  value: Emphasis,
  focus: Focus | null,
): Map<string, number> => {
  const core = useLabelCore();
  return useMemo(() => {
    const focusRing =
      focus && graph.hasNode(focus.id) ? neighbourhood(graph, visible, focus.id, 1) : undefined;
    const quiz = [...value.concealed].flatMap((id) =>
      graph.hasEdge(id) ? [graph.source(id), graph.target(id)] : [],
    );
    return forcedLabels(graph, {
      ...value,
      ...(focusRing ? { focusRing, focus: focus!.id } : {}),
      ...(core ? { core } : {}),
      quiz,
    });
  }, [graph, visible, value, focus, core]);
};
