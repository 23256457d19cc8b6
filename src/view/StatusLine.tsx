import { useMemo } from 'react';
import { useGraph, useVocabulary } from '../dataset/DatasetContext';
import { useVisibleSubgraph } from './hooks/useVisibleSubgraph';

/** "Showing N of M entities · K of L relations" (references are listed, not drawn). */
export const StatusLine = () => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const visible = useVisibleSubgraph();
  const total = useMemo(
    () => graph.filterNodes((_id, a) => a.type !== vocabulary.referenceType).length,
    [graph, vocabulary],
  );
  return (
    <p className="status-line" role="status" aria-live="polite">
      Showing {visible.nodes.size} of {total} entities · {visible.edges.size} of {graph.size} relations
    </p>
  );
};
