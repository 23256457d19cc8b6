import { useMemo } from 'react';
import { useViewStore } from '../../state/store';
import { usePaths } from './usePaths';

/** Node and edge ids of the highlighted path (the one chosen in the path list). */
export const usePathElements = (): string[] | undefined => {
  const paths = usePaths();
  const index = useViewStore((s) => s.pathIndex);
  return useMemo(() => {
    const path = paths[index] ?? paths[0];
    return path ? [...path.nodes, ...path.steps.flatMap((s) => s.edges)] : undefined;
  }, [paths, index]);
};
