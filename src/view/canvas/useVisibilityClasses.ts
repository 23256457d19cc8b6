import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';

/** Hides what the filters remove, as a class: elements are never rebuilt, positions stay put. */
export const useVisibilityClasses = (cy: Core | null, visible: VisibleSubgraph): void => {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', !visible.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', !visible.edges.has(e.id()));
      });
    });
  }, [cy, visible]);
};
