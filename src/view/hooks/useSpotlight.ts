import { useMemo } from 'react';
import { useGraph } from '../../app/GraphContext';
import { claimsCiting } from '../../model/refClaims';
import { useViewStore } from '../../state/store';

/** Elements to keep bright for the chosen reference: the relations it supports and their ends. */
export const useSpotlight = (): string[] | undefined => {
  const graph = useGraph();
  const ref = useViewStore((s) => s.ref);
  return useMemo(() => {
    if (ref === null) return undefined;
    const ids = new Set<string>();
    for (const { edge } of claimsCiting(graph, ref)) {
      ids.add(edge).add(graph.source(edge)).add(graph.target(edge));
    }
    return [...ids];
  }, [graph, ref]);
};
