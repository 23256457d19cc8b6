import type { Core } from 'cytoscape';
import type { Box } from './boxes';

/** Overlays drawn over the canvas: no label may hide under them, and the camera keeps clear of them. */
export const OVERLAY_SELECTOR = '.legend, .story-bar, .focus-bar, .status-line, .empty-state, .canvas-notice';

/** Room kept between a label and an overlay, px (a label's drawn box runs a little past its measure). */
const CLEARANCE = 4;

/** The canvas as a box, and the boxes its overlays cover, in the canvas's own pixels. */
export const labelFrame = (cy: Core): { frame: Box; blocked: Box[] } => {
  const container = cy.container();
  const frame = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  if (!container) return { frame, blocked: [] };
  const origin = container.getBoundingClientRect();
  const wrap = container.closest('.canvas-wrap') ?? container.parentElement;
  const blocked: Box[] = [];
  wrap?.querySelectorAll(OVERLAY_SELECTOR).forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    blocked.push({
      x1: r.left - origin.left - CLEARANCE,
      y1: r.top - origin.top - CLEARANCE,
      x2: r.right - origin.left + CLEARANCE,
      y2: r.bottom - origin.top + CLEARANCE,
    });
  });
  return { frame, blocked };
};
