import type { Core } from 'cytoscape';
import type { Box } from './boxes';
import { freeArea } from './freeArea';
import { labelFrame } from './labelFrame';
import { motionMs } from '../motion';

const ANIMATION = { duration: 450, easing: 'ease-in-out-cubic' } as const;
/** Room around the framed shapes for their labels (screen-constant, so not part of the model box), px. */
export const DEFAULT_ROOM = { x: 75, y: 42 } as const;

/**
 * Moves the camera so the model-coordinate box `box` fills the part of the canvas no overlay
 * covers (beside the legend, above the story caption), with room for labels.
 */
export const fitBox = (
  cy: Core,
  box: Box,
  options: { maxZoom?: number; minZoom?: number; room?: { x: number; y: number } } = {},
): void => {
  // Cytoscape caches its size until told: a canvas just resized (presentation, the gap map) would
  // be framed for its old size. Told only when it differs, so the resize event it emits stays rare.
  const container = cy.container();
  if (container && (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()))
    cy.resize();
  const room = options.room ?? DEFAULT_ROOM;
  const { frame, blocked } = labelFrame(cy);
  const free = freeArea(frame, blocked);
  const width = Math.max(120, free.x2 - free.x1 - 2 * room.x);
  const height = Math.max(120, free.y2 - free.y1 - 2 * room.y);
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(
    options.maxZoom ?? 2,
    Math.max(options.minZoom ?? cy.minZoom(), Math.min(width / w, height / h)),
  );
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = { x: (free.x1 + free.x2) / 2 - centre.x * zoom, y: (free.y1 + free.y2) / 2 - centre.y * zoom };
  // A camera move in flight stops where it is (not at its end: Cytoscape would finish it on the next
  // frame, over a jump made now), and this one starts from there.
  cy.stop(true, false);
  const duration = motionMs(ANIMATION.duration);
  if (duration === 0) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration, easing: ANIMATION.easing });
};
