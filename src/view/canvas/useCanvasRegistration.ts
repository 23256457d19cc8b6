import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { setCanvas } from './canvasRegistry';

/**
 * Registers the live instance for the commands outside the canvas that need it (exports), and marks
 * the first painted frame (`graph-first-frame`) for the benchmark. Only in the test build
 * (`vite build --mode test`, which the browser tests and the benchmark use) is the instance also
 * exposed as `window.__cy`, so that tests check state rather than pixels: production builds carry
 * no such hook.
 */
export const useCanvasRegistration = (cy: Core | null): void => {
  useEffect(() => {
    if (!cy) return undefined;
    if (import.meta.env.MODE === 'test') (window as unknown as { __cy?: Core }).__cy = cy;
    setCanvas(cy);
    performance.mark('canvas-created');
    const mark = () => requestAnimationFrame(() => performance.mark('graph-first-frame'));
    if (performance.getEntriesByName('graph-first-frame').length === 0) cy.one('render', mark);
    return () => {
      cy.removeListener('render', mark);
      setCanvas(null);
    };
  }, [cy]);
};
