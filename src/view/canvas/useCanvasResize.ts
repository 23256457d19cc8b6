import type { Core } from 'cytoscape';
import { useEffect } from 'react';

/** Cytoscape only notices window resizes; this tells it when its own container changes size. */
export const useCanvasResize = (cy: Core | null): void => {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return undefined;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);
};
