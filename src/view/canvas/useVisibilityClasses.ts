import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { setClass } from './useEmphasisClasses';

/** Hides what the filters remove, as a class: elements are never rebuilt, positions stay put. */
export const useVisibilityClasses = (cy: Core | null, visible: VisibleSubgraph): void => {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => setClass(n, 'hidden', !visible.nodes.has(n.id())));
      cy.edges().forEach((e) => setClass(e, 'hidden', !visible.edges.has(e.id())));
    });
  }, [cy, visible]);
};
