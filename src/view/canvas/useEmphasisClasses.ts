import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect } from 'react';
import type { Emphasis } from './emphasis';

export const setClass = (ele: SingularElementArgument, name: string, on: boolean): void => {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
};

/** Applies selection, neighbour, path and fade classes in one batch. */
export const useEmphasisClasses = (cy: Core | null, value: Emphasis): void => {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const id = ele.id();
        // Only touch what changes: every class change costs Cytoscape a style update.
        setClass(ele, 'selected', value.selected.has(id));
        setClass(ele, 'neighbour', value.neighbour.has(id));
        setClass(ele, 'path', value.path.has(id));
        setClass(ele, 'faded', value.keep !== undefined && !value.keep.has(id));
        setClass(ele, 'concealed', value.concealed.has(id));
        setClass(ele, 'spot', value.spot.has(id));
      });
    });
  }, [cy, value]);
};
