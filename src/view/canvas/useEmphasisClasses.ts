import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Emphasis } from './emphasis';

/** Applies selection, neighbour, path and fade classes in one batch. */
export const useEmphasisClasses = (cy: Core | null, value: Emphasis): void => {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const id = ele.id();
        ele.toggleClass('selected', value.selected.has(id));
        ele.toggleClass('neighbour', value.neighbour.has(id));
        ele.toggleClass('path', value.path.has(id));
        ele.toggleClass('faded', value.keep !== undefined && !value.keep.has(id));
      });
    });
  }, [cy, value]);
};
