import { useMemo } from 'react';
import { useViewStore } from '../../state/store';
import { usePaths } from './usePaths';

/** Node and edge ids of the highlighted path (the one chosen in the path list). */
export const usePathElements = (): string[] | undefined => {
  const { paths } = usePaths();
  const index = useViewStore((s) => s.pathIndex);
  return useMemo(() => {
    const path = paths[index] ?? paths[0];
    // A step through a shared mention has no line of its own: only its two entities light up.
    return path
      ? [...path.nodes, ...path.steps.flatMap((s) => (s.kind === 'mention' ? [] : s.edges))]
      : undefined;
  }, [paths, index]);
};
