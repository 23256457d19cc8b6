import type { Core } from 'cytoscape';
import type { Positions } from '../../model/types';

/** Nodes moved per frame: a few milliseconds of work, so the page keeps drawing its other parts. */
export const CHUNK = 1500;
/** Up to this many nodes a layout lands animated; above, in chunks without animation. */
export const ANIMATE_MAX_NODES = 1500;

/**
 * Moves the nodes to `positions` a chunk per animation frame, inside one Cytoscape batch, so the
 * canvas redraws once at the end instead of once per chunk (each redraw of a big graph costs
 * about a frame of the bare page). Returns a cancel function; `onDone` runs after the last chunk.
 */
export const applyPositionsInChunks = (cy: Core, positions: Positions, onDone: () => void): (() => void) => {
  const nodes = cy.nodes().filter((n) => positions[n.id()] !== undefined);
  let index = 0;
  let frame = 0;
  let open = true;
  const finish = () => {
    if (!open) return;
    open = false;
    cy.endBatch();
  };
  cy.startBatch();
  const step = () => {
    const end = Math.min(nodes.length, index + CHUNK);
    for (; index < end; index++) {
      const node = nodes[index]!;
      node.position(positions[node.id()]!);
    }
    if (index < nodes.length) frame = requestAnimationFrame(step);
    else {
      finish();
      onDone();
    }
  };
  frame = requestAnimationFrame(step);
  return () => {
    cancelAnimationFrame(frame);
    finish();
  };
};
