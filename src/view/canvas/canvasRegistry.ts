import type { Core } from 'cytoscape';

/** The live Cytoscape instance, for the few commands outside the canvas that need it (exports). */
let current: Core | null = null;

export const setCanvas = (cy: Core | null): void => {
  current = cy;
};

export const getCanvas = (): Core | null => current;
