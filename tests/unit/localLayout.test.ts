import { describe, expect, it } from 'vitest';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { DEFAULT_FILTERS } from '../support/schemas';
import { lanePositions, ringPositions, spreadColumns } from '../../src/view/canvas/localLayout/arrange';
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
    const positions = spreadColumns(layout, { x: 0, y: 0 }, labels(200));
    expect(positions.a!.x).toBe(positions.b!.x);
    expect(positions.c!.x - positions.a!.x).toBeGreaterThanOrEqual(200);
    expect(positions.b!.y).toBeGreaterThan(positions.a!.y);
  });

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
