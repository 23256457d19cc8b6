import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { Positions } from '../../../model/types';
import { useViewStore } from '../../../state/store';
import type { Box } from '../labels/boxes';
import { fitBox } from '../labels/fitBox';
import { freeArea } from '../labels/freeArea';
import { labelFrame } from '../labels/labelFrame';
import { lanePositions, ringPositions, roomFor, spreadColumns, type Footprint } from './arrange';
import type { LocalTarget } from './localTarget';
import { labelSizeFactor } from '../labels/labelPass';
import { motionMs } from '../motion';

/** Emitted on the canvas when entities laid out locally are back home (nothing else is laid out). */
export const LOCAL_LAYOUT_RESTORED = 'locallayoutrestored';

const ANIMATION = { duration: 500, easing: 'ease-in-out-cubic' } as const;
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
} as const;

type Point = { x: number; y: number };

/** The size of the canvas part no overlay covers, px. */
const freeSize = (cy: Core) => {
  const { frame, blocked } = labelFrame(cy);
  const free = freeArea(frame, blocked);
  return { w: free.x2 - free.x1, h: free.y2 - free.y1 };
};

/**
 * Where the target's nodes go, from their sizes now and their own (global) positions, and the
 * room their labels need around them when framed.
 */
const arrange = (
  cy: Core,
  target: LocalTarget,
  home: (id: string) => Point,
  presenting: boolean,
): { positions: Positions; room: Point } => {
  const sizes = new Map<string, Footprint>();
  const positions = place(cy, target, home, sizes, presenting);
  return { positions, room: roomFor(positions, sizes) };
};

const place = (
  cy: Core,
  target: LocalTarget,
  home: (id: string) => Point,
  sizes: Map<string, Footprint>,
  presenting: boolean,
): Positions => {
  const ids =
    target.kind === 'rings'
      ? target.levels.flat()
      : target.kind === 'lanes'
        ? [...target.order, ...(target.extra ?? [])]
        : Object.keys(target.layout);
  for (const id of ids) {
    const n = cy.getElementById(id);
    if (n.empty()) continue;
    const k = labelSizeFactor(cy, n, presenting);
    const b = n.renderedBoundingBox(LABEL_ONLY);
    sizes.set(id, { node: n.outerWidth(), labelW: b.w * 1.1 * k, labelH: b.h * k });
  }
  const mean = (pts: Point[]) => ({
    x: pts.reduce((s, p) => s + p.x, 0) / Math.max(1, pts.length),
    y: pts.reduce((s, p) => s + p.y, 0) / Math.max(1, pts.length),
  });
  const frame = freeSize(cy);
  if (target.kind === 'rings') {
    const rings = ringPositions(target.levels, home(target.anchor), sizes, {
      labelled: target.labelled,
      parents: target.parents,
      frame,
    });
    // Rings that would have to be zoomed out to fit fall back to columns (a story step's).
    if (!target.columns || fits(cy, rings, frame)) return rings;
    return spreadColumns(target.columns, mean(ids.map(home)), sizes, frame);
  }
  if (target.kind === 'lanes') {
    const centre = mean([home(target.order[0]!), home(target.order.at(-1)!)]);
    const lane = lanePositions(target.order, centre, sizes);
    if (!target.extra) return lane;
    const drop =
      Math.max(...ids.map((id) => (sizes.get(id)?.node ?? 30) + (sizes.get(id)?.labelH ?? 18))) + 50;
    return { ...lane, ...lanePositions(target.extra, { x: centre.x, y: centre.y + drop }, sizes, 0) };
  }
  return spreadColumns(target.layout, mean(ids.map(home)), sizes, frame);
};

/** Whether `positions` fit `frame` (with room for labels) without zooming out. */
const fits = (cy: Core, positions: Positions, frame: { w: number; h: number }): boolean => {
  const b = boxOf(cy, positions);
  return b.x2 - b.x1 <= frame.w - 150 && b.y2 - b.y1 <= frame.h - 84;
};

const boxOf = (cy: Core, positions: Positions): Box => {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const [id, p] of Object.entries(positions)) {
    const r = cy.getElementById(id).outerWidth() / 2;
    box.x1 = Math.min(box.x1, p.x - r);
    box.x2 = Math.max(box.x2, p.x + r);
    box.y1 = Math.min(box.y1, p.y - r);
    box.y2 = Math.max(box.y2, p.y + r);
  }
  return box;
};

/**
 * Lays out just what the reader is looking at (a focus, a path, a gap cell, a story step), in
 * place and animated, while the rest stays where it is (faded); frames it, clear of the legend and
 * the caption. Moved nodes remember where they were: leaving (or moving to another target)
 * animates them back. A global layout run meanwhile becomes their new home.
 */
export const useLocalLayout = (cy: Core | null, target: LocalTarget | null, presenting: boolean): void => {
  const home = useRef(new Map<string, Point>());

  const apply = useEffectEvent(() => {
    if (!cy || cy.destroyed()) return;
    const saved = home.current;
    const homeOf = (id: string) => saved.get(id) ?? { ...cy.getElementById(id).position() };
    const arranged = target ? arrange(cy, target, homeOf, presenting) : null;
    const wanted = arranged?.positions ?? {};
    const moves: Positions = {};
    for (const [id, p] of saved) if (!(id in wanted)) moves[id] = p;
    for (const [id, p] of Object.entries(wanted)) {
      if (!saved.has(id)) saved.set(id, { ...cy.getElementById(id).position() });
      moves[id] = p;
    }
    for (const id of Object.keys(moves)) if (!(id in wanted)) saved.delete(id);
    const nodes = cy.nodes().filter((n) => n.id() in moves);
    const box = target && Object.keys(wanted).length > 0 ? boxOf(cy, wanted) : null;
    const frame = (b: Box) => fitBox(cy, b, arranged ? { room: arranged.room } : {});
    if (nodes.nonempty()) {
      // A layout still animating stops where it is: the new one starts from there.
      nodes.stop(true, false);
      const layout = nodes.layout({
        name: 'preset',
        positions: (n: { id: () => string }) => moves[n.id()]!,
        animate: motionMs(ANIMATION.duration) > 0,
        animationDuration: motionMs(ANIMATION.duration),
        animationEasing: ANIMATION.easing,
        fit: false,
      } as unknown as cytoscape.LayoutOptions);
      // Whatever moved the camera meanwhile (a resize, a re-frame), end framing the target; with no
      // target, whatever the camera framed was measured before the entities went home: frame again.
      layout.one('layoutstop', () => (box ? frame(box) : cy.emit(LOCAL_LAYOUT_RESTORED)));
      layout.run();
    }
    if (box) frame(box);
  });

  useEffect(() => {
    apply();
  }, [cy, target, presenting]);

  // Another layout (the stored one, force, by type) gives every node a new home: lay out again
  // once it stops.
  const layoutRun = useViewStore((s) => s.layoutRun);
  useEffect(() => {
    if (!cy || layoutRun === 0) return undefined;
    const onStop = () => {
      home.current.clear();
      apply();
    };
    const timer = setTimeout(() => cy.one('layoutstop', onStop), 0);
    return () => {
      clearTimeout(timer);
      cy.removeListener('layoutstop', onStop);
    };
  }, [cy, layoutRun]);

  // The window or the canvas changed size (a projector, a resized window): arrange and frame the
  // target again for the new size, once the resizing has stopped.
  useEffect(() => {
    if (!cy) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(apply, RESIZE_QUIET_MS);
    };
    cy.on('resize', onResize);
    return () => {
      clearTimeout(timer);
      cy.removeListener('resize', onResize);
    };
  }, [cy]);
};

/** How long the canvas must keep its size before the target is framed again, ms. */
const RESIZE_QUIET_MS = 150;
