import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { setDiff } from './classDiff';
import { applyDiff, setClass } from './useEmphasisClasses';

/** Moves the canvas from the visibility of `before` (undefined: nothing hidden yet, or unknown) to `after`. */
export const applyVisibility = (
  cy: Core,
  before: VisibleSubgraph | undefined,
  after: VisibleSubgraph,
): void => {
  cy.batch(() => {
    if (!before) {
      cy.nodes().forEach((n) => setClass(n, 'hidden', !after.nodes.has(n.id())));
      cy.edges().forEach((e) => setClass(e, 'hidden', !after.edges.has(e.id())));
      return;
    }
    // Newly visible → not hidden; visible before but not now → hidden.
    for (const key of ['nodes', 'edges'] as const) {
      const { added, removed } = setDiff(before[key], after[key]);
      applyDiff(cy, 'hidden', { added: removed, removed: added });
    }
  });
};

/**
 * Hides what the filters remove, as a class: elements are never rebuilt, positions stay put. After
 * the first pass only the elements whose visibility changes are touched.
 */
export const useVisibilityClasses = (cy: Core | null, visible: VisibleSubgraph): void => {
  const applied = useRef<{ cy: Core; visible: VisibleSubgraph } | null>(null);
  useEffect(() => {
    if (!cy) return;
    applyVisibility(cy, applied.current?.cy === cy ? applied.current.visible : undefined, visible);
    applied.current = { cy, visible };
  }, [cy, visible]);
};
