import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { strandedEntities, withoutStranded } from '../../model/stranded';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';

/** What the canvas draws: the visible subgraph, less entities a filter stranded (unless shown). */
export const useDrawnSubgraph = (): { drawn: VisibleSubgraph; stranded: Set<string> } => {
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const show = useViewStore((s) => s.showStranded);
  const selected = useViewStore((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
  const focus = useViewStore((s) => s.focus?.id ?? null);
  return useMemo(() => {
    // What the reader chose stays drawn, even without a visible relation.
    const stranded = strandedEntities(graph, visible);
    if (selected) stranded.delete(selected);
    if (focus) stranded.delete(focus);
    return { drawn: show ? visible : withoutStranded(visible, stranded), stranded };
  }, [graph, visible, show, selected, focus]);
};
