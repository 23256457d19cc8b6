import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../../state/store';
import type { Emphasis } from './emphasis';

const ANIMATION = { duration: 450, easing: 'ease-in-out-cubic' } as const;

const fitTo = (cy: Core, ids: readonly string[] | null): void => {
  const eles = ids
    ? ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection())
    : cy.elements(':visible');
  const target = eles.filter(':visible');
  if (target.empty()) return;
  cy.stop(true, true);
  if (target.length === 1 && target.isNode()) {
    cy.animate({ center: { eles: target }, zoom: Math.max(cy.zoom(), 1.1), ...ANIMATION });
  } else {
    cy.animate({ fit: { eles: target, padding: 60 }, ...ANIMATION });
  }
};

/**
 * Moves the camera: on explicit requests (fit, centre on a search result) and whenever
 * a focus, path, reference or gap-cell spotlight changes what is emphasised.
 */
export const useCameraRequests = (cy: Core | null, value: Emphasis, spotlight?: readonly string[]): void => {
  const camera = useViewStore((s) => s.camera);
  const focus = useViewStore((s) => s.focus);
  const lastSeq = useRef(0);
  useEffect(() => {
    if (!cy || camera.seq === lastSeq.current) return;
    lastSeq.current = camera.seq;
    fitTo(cy, camera.ids);
  }, [cy, camera]);

  const keep = value.keep;
  const emphasisKey = focus || value.path.size > 0 || spotlight ? keep : undefined;
  useEffect(() => {
    if (!cy || !emphasisKey) return;
    fitTo(cy, [...emphasisKey]);
  }, [cy, emphasisKey]);
};
