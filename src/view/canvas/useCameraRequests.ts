import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../../state/store';
import type { Emphasis } from './emphasis';

const ANIMATION = { duration: 450, easing: 'ease-in-out-cubic' } as const;

/** The height at the bottom of the canvas covered by the story caption, which the camera leaves free. */
const coveredBottom = (cy: Core): number => {
  const bar = cy.container()?.closest('.canvas-wrap')?.querySelector('.story-bar');
  return bar ? bar.getBoundingClientRect().height + 24 : 0;
};

const fitTo = (cy: Core, ids: readonly string[] | null): void => {
  const eles = ids
    ? ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection())
    : cy.elements(':visible');
  const target = eles.filter(':visible');
  if (target.empty()) return;
  cy.stop(true, true);
  const bottom = coveredBottom(cy);
  const padding = 60;
  const box = target.boundingBox({});
  const width = cy.width() - 2 * padding;
  const height = Math.max(120, cy.height() - 2 * padding - bottom);
  const single = target.length === 1 && target.isNode();
  const zoom = single
    ? Math.max(cy.zoom(), 1.1)
    : Math.min(2, Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: cy.width() / 2 - centre.x * zoom, y: padding + height / 2 - centre.y * zoom };
  cy.animate({ zoom, pan, ...ANIMATION });
};

/**
 * Moves the camera: on explicit requests (fit, centre on a search result) and whenever
 * a focus, path, reference or gap-cell spotlight changes what is emphasised.
 */
export const useCameraRequests = (cy: Core | null, value: Emphasis, spotlight?: readonly string[]): void => {
  const camera = useViewStore((s) => s.camera);
  const focus = useViewStore((s) => s.focus);
  const presenting = useViewStore((s) => s.presenting);
  const view = useViewStore((s) => s.view);
  const lastSeq = useRef(0);
  const lastTarget = useRef<readonly string[] | null>(null);
  useEffect(() => {
    if (!cy || camera.seq === lastSeq.current) return;
    lastSeq.current = camera.seq;
    lastTarget.current = camera.ids;
    fitTo(cy, camera.ids);
  }, [cy, camera]);
  // Entering or leaving presentation, or opening the gap map, resizes the canvas: frame the same things again.
  useEffect(() => {
    if (!cy) return undefined;
    const timer = setTimeout(() => {
      cy.resize();
      fitTo(cy, lastTarget.current);
    }, 80);
    return () => clearTimeout(timer);
  }, [cy, presenting, view]);

  const keep = value.keep;
  const emphasisKey = focus || value.path.size > 0 || spotlight ? keep : undefined;
  useEffect(() => {
    if (!cy || !emphasisKey) return;
    lastTarget.current = [...emphasisKey];
    fitTo(cy, lastTarget.current);
  }, [cy, emphasisKey]);
};
