import { describe, expect, it } from 'vitest';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { DEFAULT_FILTERS } from '../support/schemas';
import {
  lanePositions,
  ringPositions,
  roomFor,
  spreadColumns,
} from '../../src/view/canvas/localLayout/arrange';
import { distanceLevels, localTarget } from '../../src/view/canvas/localLayout/localTarget';
import { graphBuilder } from '../support/tinyGraph';

const { g: graph, node, edge } = graphBuilder();
node('therapy/msc');
node('factor/vegf');
node('factor/hgf');
node('mechanism/angiogenesis');
node('disease/mi');
node('strategy/hypoxia');
edge('therapy/msc', 'secretes', 'factor/vegf', [{}]);
edge('therapy/msc', 'secretes', 'factor/hgf', [{}]);
edge('factor/vegf', 'acts_through', 'mechanism/angiogenesis', [{}]);
edge('mechanism/angiogenesis', 'involved_in', 'disease/mi', [{}]);
edge('strategy/hypoxia', 'increases', 'factor/vegf', [{}]);
const visible = visibleSubgraph(graph, DEFAULT_FILTERS());

const labels = (w: number) =>
  new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { node: 20, labelW: w, labelH: 16 }]));
/** The zoom the camera frames `positions` at (as fitBox does: shapes, room for labels, at most 2). */
const framedZoom = (
  positions: Record<string, { x: number; y: number }>,
  sizes: ReadonlyMap<string, { node: number; labelW: number; labelH: number }>,
  frame: { w: number; h: number },
) => {
  const room = roomFor(positions, sizes);
  const pts = Object.entries(positions);
  const r = (id: string) => sizes.get(id)!.node / 2;
  const w = Math.max(...pts.map(([id, p]) => p.x + r(id))) - Math.min(...pts.map(([id, p]) => p.x - r(id)));
  const h = Math.max(...pts.map(([id, p]) => p.y + r(id))) - Math.min(...pts.map(([id, p]) => p.y - r(id)));
  return Math.min(2, (frame.w - 2 * room.x) / w, (frame.h - 2 * room.y) / h);
};
const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('local layouts', () => {
  it('rings: the centre stays put, each level on its own circle, labelled neighbours a label apart', () => {
    const positions = ringPositions([['a'], ['b', 'c', 'd'], ['e']], { x: 100, y: 50 }, labels(120), {
      labelled: 1,
    });
    expect(positions.a).toEqual({ x: 100, y: 50 });
    const r1 = ['b', 'c', 'd'].map((id) => dist(positions[id]!, positions.a!));
    expect(Math.max(...r1) - Math.min(...r1)).toBeLessThan(1e-6);
    expect(dist(positions.b!, positions.c!)).toBeGreaterThanOrEqual(120);
    expect(dist(positions.e!, positions.a!)).toBeGreaterThan(r1[0]!);
  });

  it('rings: wider labels make wider rings', () => {
    const narrow = ringPositions([['a'], ['b', 'c', 'd', 'e']], { x: 0, y: 0 }, labels(60), { labelled: 1 });
    const wide = ringPositions([['a'], ['b', 'c', 'd', 'e']], { x: 0, y: 0 }, labels(200), { labelled: 1 });
    expect(dist(wide.b!, wide.a!)).toBeGreaterThan(dist(narrow.b!, narrow.a!));
  });

  it('lanes: start to end, left to right, on one line, gaps wide enough for both labels', () => {
    const positions = lanePositions(['a', 'b', 'c'], { x: 0, y: 10 }, labels(150));
    expect(positions.a!.x).toBeLessThan(positions.b!.x);
    expect(positions.b!.x).toBeLessThan(positions.c!.x);
    expect(new Set(Object.values(positions).map((p) => p.y))).toEqual(new Set([10]));
    expect(positions.b!.x - positions.a!.x).toBeGreaterThanOrEqual(150);
    expect((positions.a!.x + positions.c!.x) / 2).toBeCloseTo(0);
  });

  it('columns: keeps the order of columns and rows, spaced for the widest label of each column', () => {
    const layout = { a: { x: 0, y: 0 }, b: { x: 0, y: 46 }, c: { x: 120, y: 0 } };
    const sizes = labels(200);
    const positions = spreadColumns(layout, { x: 0, y: 0 }, sizes);
    expect(positions.a!.x).toBe(positions.b!.x);
    expect(positions.b!.y).toBeGreaterThan(positions.a!.y);
    const zoom = framedZoom(positions, sizes, { w: 1200, h: 700 });
    expect((positions.c!.x - positions.a!.x) * zoom).toBeGreaterThanOrEqual(200);
  });

  it.each([
    ['a laptop', [1, 9, 1, 8], { labelW: 170, labelH: 44 }, { w: 886, h: 600 }],
    ['a projector', [1, 6, 1, 6], { labelW: 200, labelH: 44 }, { w: 1366, h: 420 }],
    ['a wide screen', [1, 6, 6], { labelW: 200, labelH: 44 }, { w: 886, h: 681 }],
  ])(
    'columns on %s: no two labels meet once framed (labels keep their size)',
    (_name, counts, label, frame) => {
      // Columns of types as crowded as a story step that primes MSCs with eight compounds.
      const layout: Record<string, { x: number; y: number }> = {};
      const sizes = new Map<string, { node: number; labelW: number; labelH: number }>();
      counts.forEach((count, col) => {
        for (let r = 0; r < count; r++) {
          layout[`t${col}-${r}`] = { x: col * 100, y: r * 40 };
          sizes.set(`t${col}-${r}`, { node: 26, ...label });
        }
      });
      const positions = spreadColumns(layout, { x: 0, y: 0 }, sizes, frame);
      const zoom = framedZoom(positions, sizes, frame);
      const boxes = Object.entries(positions).map(([id, p]) => {
        const f = sizes.get(id)!;
        const x = p.x * zoom;
        const y = p.y * zoom + (f.node / 2) * zoom;
        return { id, x1: x - f.labelW / 2, x2: x + f.labelW / 2, y1: y, y2: y + f.labelH };
      });
      const meeting = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          .map((b) => `${a.id}×${b.id}`),
      );
      expect(meeting).toEqual([]);
    },
  );

  it('levels by distance along visible relations, with parents', () => {
    const { levels, parents } = distanceLevels(graph, visible, 'factor/vegf', 2);
    expect(levels).toEqual([
      ['factor/vegf'],
      ['mechanism/angiogenesis', 'strategy/hypoxia', 'therapy/msc'],
      ['disease/mi', 'factor/hgf'],
    ]);
    expect(parents.get('disease/mi')).toEqual(['mechanism/angiogenesis']);
  });

  it('asks for a step’s declared layout first, then a path, then a focus', () => {
    const step = { key: 's:1', nodes: ['therapy/msc', 'factor/vegf'], layout: 'layered' };
    const path = ['therapy/msc', 'factor/vegf', 'mechanism/angiogenesis'];
    const focus = { id: 'factor/vegf', depth: 1 };
    expect(localTarget(graph, visible, { focus, path, step })?.kind).toBe('columns');
    expect(
      localTarget(graph, visible, { focus, path, step: { ...step, layout: undefined } as never })?.kind,
    ).toBe('lanes');
    expect(localTarget(graph, visible, { focus })?.kind).toBe('rings');
    expect(localTarget(graph, visible, { focus: null, step: { ...step, layout: 'default' } })).toBeNull();
    expect(localTarget(graph, visible, { focus: null })).toBeNull();
  });
});
