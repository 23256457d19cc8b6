import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { setDiff, type SetDiff } from './classDiff';
import type { Emphasis } from './emphasis';

export const setClass = (ele: SingularElementArgument, name: string, on: boolean): void => {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
};

/** Adds `name` to the added ids and takes it from the removed ones (ids not on the canvas are skipped). */
export const applyDiff = (cy: Core, name: string, diff: SetDiff): void => {
  for (const id of diff.added) {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) setClass(ele, name, true);
  }
  for (const id of diff.removed) {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) setClass(ele, name, false);
  }
};

const SET_CLASSES = ['selected', 'neighbour', 'path', 'concealed', 'spot'] as const;

/** Fading everything but `keep`: only a change between fading and not touches every element. */
const applyFade = (cy: Core, before: Set<string> | undefined, after: Set<string> | undefined): void => {
  if (before === after) return;
  if (before && after) {
    // Kept now → not faded; kept before but not now → faded.
    const { added, removed } = setDiff(before, after);
    applyDiff(cy, 'faded', { added: removed, removed: added });
  } else if (after) cy.elements().forEach((ele) => setClass(ele, 'faded', !after.has(ele.id())));
  else cy.elements('.faded').removeClass('faded');
};

/** Moves the canvas from the classes of `before` (undefined: none applied yet) to those of `after`. */
export const applyEmphasis = (cy: Core, before: Emphasis | undefined, after: Emphasis): void => {
  cy.batch(() => {
    for (const name of SET_CLASSES) applyDiff(cy, name, setDiff(before?.[name], after[name]));
    applyFade(cy, before?.keep, after.keep);
  });
};

/**
 * Applies selection, neighbour, path, spotlight, quiz and fade classes in one batch, changing
 * only the elements whose classes change since the last emphasis: a tap touches the tapped
 * element and its neighbours, whatever the size of the graph.
 */
export const useEmphasisClasses = (cy: Core | null, value: Emphasis): void => {
  const applied = useRef<{ cy: Core; value: Emphasis } | null>(null);
  useEffect(() => {
    if (!cy) return;
    applyEmphasis(cy, applied.current?.cy === cy ? applied.current.value : undefined, value);
    applied.current = { cy, value };
  }, [cy, value]);
};
