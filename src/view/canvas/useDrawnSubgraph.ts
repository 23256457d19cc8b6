import { useMemo } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { strandedEntities, withoutStranded } from '../../model/stranded';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { useViewStore } from '../../state/store';
import { useSpotlight } from '../hooks/useSpotlight';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';

/** What the canvas draws: the visible subgraph, less entities a filter stranded (unless shown). */
export const useDrawnSubgraph = (): { drawn: VisibleSubgraph; stranded: Set<string> } => {
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const show = useViewStore((s) => s.showStranded);
  const selected = useViewStore((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
  const focus = useViewStore((s) => s.focus?.id ?? null);
  // What a story step, gap cell or reference brings forward is what the view is about.
  const spotlight = useSpotlight();
  return useMemo(() => {
    // What the reader chose stays drawn, even without a visible relation.
    const stranded = strandedEntities(graph, visible);
    if (selected) stranded.delete(selected);
    if (focus) stranded.delete(focus);
    for (const id of spotlight ?? []) stranded.delete(id);
    return { drawn: show ? visible : withoutStranded(visible, stranded), stranded };
  }, [graph, visible, show, selected, focus, spotlight]);
};
