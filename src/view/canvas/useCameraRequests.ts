import type { BoundingBox12, BoundingBoxWH, Core, NodeCollection } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../../state/store';
import type { Emphasis } from './emphasis';
import { fitBox } from './labels/fitBox';
import { LOCAL_LAYOUT_RESTORED } from './localLayout/useLocalLayout';

/** Above this many elements, the framed box is the nodes' own (an exact box recomputes every edge: 0.4 s at 5k). */
const EXACT_BOX_MAX = 2000;

/** The box of the nodes' shapes, from positions and sizes (no style recalculation of edges). */
const nodeShapesBox = (nodes: NodeCollection): BoundingBox12 & BoundingBoxWH => {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const [hw, hh] = [n.outerWidth() / 2, n.outerHeight() / 2];
    [x1, y1, x2, y2] = [
      Math.min(x1, x - hw),
      Math.min(y1, y - hh),
      Math.max(x2, x + hw),
      Math.max(y2, y + hh),
    ];
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
};

const fitTo = (cy: Core, ids: readonly string[] | null): void => {
  const eles = ids
    ? ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection())
    : cy.elements(':visible');
  const target = eles.filter(':visible');
  if (target.empty()) return;
  // Shapes only: labels keep a constant screen size, and fitBox leaves room for them.
  const box =
    target.length > EXACT_BOX_MAX
      ? nodeShapesBox(target.nodes())
      : target.boundingBox({ includeLabels: false, includeOverlays: false });
  const single = target.length === 1 && target.isNode();
  // Fitting everything: the outermost labels can give way, so the graph gets the room.
  const room = ids ? undefined : { x: 12, y: 12 };
  fitBox(
    cy,
    box,
    single
      ? { minZoom: Math.max(cy.zoom(), 1.1), maxZoom: Math.max(cy.zoom(), 1.1) }
      : { ...(room ? { room } : {}) },
  );
};

/**
 * Moves the camera: on explicit requests (fit, centre on a search result) and whenever
 * a focus, path, reference or gap-cell spotlight changes what is emphasised.
 */
export const useCameraRequests = (
  cy: Core | null,
  value: Emphasis,
  spotlight?: readonly string[],
  /** A local layout frames what is emphasised itself (after arranging it): no second framing here. */
  localLayout = false,
): void => {
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

  // Entities a local layout had moved went home after the camera framed them: frame the same again.
  useEffect(() => {
    if (!cy) return undefined;
    const onRestored = () => {
      if (lastTarget.current) fitTo(cy, lastTarget.current);
    };
    cy.on(LOCAL_LAYOUT_RESTORED, onRestored);
    return () => {
      cy.removeListener(LOCAL_LAYOUT_RESTORED, onRestored);
    };
  }, [cy]);

  const keep = value.keep;
  const emphasisKey = focus || value.path.size > 0 || spotlight ? keep : undefined;
  useEffect(() => {
    if (!cy || !emphasisKey) return;
    lastTarget.current = [...emphasisKey];
    if (!localLayout) fitTo(cy, lastTarget.current);
  }, [cy, emphasisKey, localLayout]);
};
