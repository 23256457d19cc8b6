import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Box } from './boxes';
import { sizeFactor, type LabelSizing } from './labelSize';
import { CALLOUT_CLASSES, CALLOUT_OFFSETS, LABEL_GAP } from './labelPositions';
import type { EdgeCandidate, NodeCandidate } from './placeLabels';

const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;
/** Larger than any rank's spread (hubs reach about -1e7). */
const TIER_RANK = 1e9;
/** A callout's background padding and border add this much to each side, in screen px. */
const CALLOUT_EXTRA = 3;

export interface ReadInput {
  /** Forced labels with their tier (0 first). */
  forced: ReadonlyMap<string, number>;
  ranks: ReadonlyMap<string, number>;
  selected: ReadonlySet<string>;
  /** What labels are sized for in this pass (zoom, follow-zoom scale, smallest size). */
  sizing: LabelSizing;
  /** Whether edge labels may be drawn at all (something is emphasised). */
  edgeLabels: boolean;
}

const inCallout = (n: NodeSingular) => CALLOUT_CLASSES.some((c) => n.hasClass(c));

/**
 * The label boxes of a node at every anchor, from the size Cytoscape gives its label now, grown
 * by `factor` to the size it will have once shown (see labelSize.ts).
 */
const nodeBoxes = (n: NodeSingular, zoom: number, scale: number, factor: number) => {
  const b = n.renderedBoundingBox(LABEL_ONLY);
  const extra = inCallout(n) ? 2 * CALLOUT_EXTRA * scale : 0;
  const w = (b.w - extra) * factor;
  const h = (b.h - extra) * factor;
  const { x, y } = n.renderedPosition();
  const hw = (n.width() * zoom) / 2;
  const hh = (n.height() * zoom) / 2;
  const e = 2 * scale + 2 * zoom; // outline plus Cytoscape's margin of error
  const gap = LABEL_GAP * scale;
  const side = (LABEL_GAP + 2) * scale;
  const below = y + hh + gap - e;
  const above = y - hh - gap + e;
  const right = x + hw + side - e;
  const left = x - hw - side + e;
  const anchors: Box[] = [
    { x1: x - w / 2, x2: x + w / 2, y1: below, y2: below + h },
    { x1: x - w / 2, x2: x + w / 2, y1: above - h, y2: above },
    { x1: right, x2: right + w, y1: y - h / 2, y2: y + h / 2 },
    { x1: left - w, x2: left, y1: y - h / 2, y2: y + h / 2 },
  ];
  const cw = w / 2 + CALLOUT_EXTRA * scale;
  const ch = h / 2 + CALLOUT_EXTRA * scale;
  const callouts = CALLOUT_OFFSETS.map(([dx, dy]) => {
    const cx = x + dx * scale;
    const cy = y + dy * scale;
    return { x1: cx - cw, x2: cx + cw, y1: cy - ch, y2: cy + ch };
  });
  const ow = (n.outerWidth() * zoom) / 2;
  const oh = (n.outerHeight() * zoom) / 2;
  return { body: { x1: x - ow, x2: x + ow, y1: y - oh, y2: y + oh }, anchors, callouts };
};

/**
 * Reads the placement's input from Cytoscape: every drawn, unfaded node near the screen with
 * its label boxes (rendered, screen px), and the edges whose labels could be shown.
 */
export const readCandidates = (
  cy: Core,
  input: ReadInput,
): { nodes: NodeCandidate[]; edges: EdgeCandidate[] } => {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const margin = 150;
  // Labels are sized for the quantised zoom, so gaps and offsets are drawn this much larger.
  const drawnScale = (input.sizing.scale * zoom) / input.sizing.zoom;
  const nodes: NodeCandidate[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass('hidden') || n.hasClass('faded') || !n.visible()) return;
    const { x, y } = n.renderedPosition();
    if (x < -margin || y < -margin || x > width + margin || y > height + margin) return;
    const id = n.id();
    const tier = input.forced.get(id);
    nodes.push({
      id,
      forced: tier !== undefined,
      // Among forced labels, what the view is about comes before its company.
      rank: (tier ?? 0) * TIER_RANK + (input.ranks.get(id) ?? 0),
      ...nodeBoxes(n, zoom, drawnScale, sizeFactor(cy, n, input.sizing)),
    });
  });
  const edges: EdgeCandidate[] = [];
  const candidate = (e: EdgeSingular) =>
    input.edgeLabels && !e.hasClass('hidden') && !e.hasClass('faded') && !e.hasClass('concealed');
  cy.batch(() =>
    cy.edges().forEach((e) => {
      if (e.hasClass('ecand') !== candidate(e)) e.toggleClass('ecand', candidate(e));
    }),
  );
  if (input.edgeLabels) {
    cy.edges('.ecand').forEach((e) => {
      if (!e.visible()) return;
      const b = e.renderedBoundingBox(LABEL_ONLY);
      if (!(b.w > 0)) return;
      const ends = [e.source().id(), e.target().id()] as const;
      const k = sizeFactor(cy, e, input.sizing);
      const [mx, my, hw, hh] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2, (b.w * k) / 2, (b.h * k) / 2];
      edges.push({
        id: e.id(),
        ends,
        endSelected: input.selected.has(ends[0]) || input.selected.has(ends[1]) || input.selected.has(e.id()),
        rank: -(e.data('count') as number),
        box: { x1: mx - hw, y1: my - hh, x2: mx + hw, y2: my + hh },
      });
    });
  }
  return { nodes, edges };
};
