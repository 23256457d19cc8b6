import { describe, expect, it } from 'vitest';
import { intersects, scaleBox, type Box } from '../../src/view/canvas/labels/boxes';
import { freeArea } from '../../src/view/canvas/labels/freeArea';
import { placeLabels, type NodeCandidate } from '../../src/view/canvas/labels/placeLabels';

const FRAME: Box = { x1: 0, y1: 0, x2: 1000, y2: 800 };
const box = (x: number, y: number, w = 60, h = 14): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
/** A node at (x, y) with a 10 px body and a label below it (and optionally above, right, left). */
const node = (
  id: string,
  x: number,
  y: number,
  extra: Partial<NodeCandidate> = {},
  anchors = 1,
): NodeCandidate => ({
  id,
  forced: false,
  rank: 0,
  body: { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 },
  anchors: [box(x - 30, y + 7), box(x - 30, y - 21), box(x + 8, y - 7), box(x - 68, y - 7)].slice(0, anchors),
  ...extra,
});
const options = { frame: FRAME, padding: 2, cell: 0 };

describe('placeLabels', () => {
  it('accepts labels that do not meet and drops the lower-ranked of two that do', () => {
    const result = placeLabels(
      [node('a', 100, 100, { rank: 2 }), node('b', 110, 102, { rank: 1 }), node('c', 400, 400)],
      [],
      options,
    );
    expect([...result.nodes.keys()].sort()).toEqual(['b', 'c']);
  });

  it('places forced labels first, whatever their rank', () => {
    const result = placeLabels(
      [node('hub', 100, 100, { rank: 0 }), node('leaf', 110, 102, { rank: 9, forced: true })],
      [],
      options,
    );
    expect([...result.nodes.keys()]).toEqual(['leaf']);
  });

  it('breaks ties by id, so the same input always gives the same labels', () => {
    const input = [node('b', 100, 100), node('a', 105, 100)];
    expect([...placeLabels(input, [], options).nodes.keys()]).toEqual(['a']);
    expect([...placeLabels([...input].reverse(), [], options).nodes.keys()]).toEqual(['a']);
  });

  it('tries the other anchors before giving up', () => {
    const result = placeLabels(
      [node('a', 100, 100, { rank: 0 }), node('b', 100, 122, { rank: 1 }, 4)],
      [],
      options,
    );
    expect(result.nodes.get('a')).toBe(0);
    // b's label below is free, but its label above would meet a's label below: it keeps the first.
    expect(result.nodes.get('b')).toBe(0);
    // Moved next to a, b's label below would meet a's: it goes above.
    const crowded = placeLabels([node('a', 100, 100), node('b', 150, 108, { rank: 1 }, 4)], [], options);
    expect(crowded.nodes.get('b')).toBe(1);
    // With one anchor only, it would be dropped.
    expect(
      placeLabels([node('a', 100, 100), node('b', 150, 108, { rank: 1 })], [], options).nodes.has('b'),
    ).toBe(false);
  });

  it('keeps labels off the bodies of more important nodes, but not off less important ones', () => {
    const hub = node('hub', 100, 125, { rank: 0, anchors: [box(300, 300)] });
    const leaf = node('leaf', 100, 100, { rank: 1 });
    expect(placeLabels([hub, leaf], [], options).nodes.has('leaf')).toBe(false);
    expect(placeLabels([{ ...hub, rank: 2 }, leaf], [], options).nodes.has('leaf')).toBe(true);
  });

  it('keeps labels inside the frame and off overlays', () => {
    const edge = placeLabels([node('a', 990, 100)], [], options);
    expect(edge.nodes.size).toBe(0);
    const legend = placeLabels([node('a', 100, 100)], [], { ...options, blocked: [box(0, 0, 200, 200)] });
    expect(legend.nodes.size).toBe(0);
  });

  it('gives a forced label that fits nowhere nearby a callout, and reports one that fits nowhere at all', () => {
    const a = node('a', 100, 100, { forced: true, rank: 0 });
    const b = node('b', 102, 100, { forced: true, rank: 1, callouts: [box(200, 160)] });
    const c = node('c', 104, 100, { forced: true, rank: 2 });
    const result = placeLabels([a, b, c], [], options);
    expect(result.nodes.get('a')).toBe(0);
    expect(result.nodes.get('b')).toBe(1);
    expect(result.unplaced).toEqual(['c']);
  });

  it('limits unforced labels to one per density cell, never forced ones', () => {
    const many = Array.from({ length: 10 }, (_, i) => node(`n${i}`, 30 + i * 90, 400, { rank: i }));
    expect(placeLabels(many, [], { ...options, cell: 0 }).nodes.size).toBe(10);
    expect(placeLabels(many, [], { ...options, cell: 250 }).nodes.size).toBeLessThanOrEqual(4);
    const forced = many.map((n) => ({ ...n, forced: true }));
    expect(placeLabels(forced, [], { ...options, cell: 250 }).nodes.size).toBe(10);
  });

  it('keeps a label shown in the last pass when a newcomer would need the same room (hysteresis)', () => {
    // b ranks after a but its padded box only grazes a: shown before, b keeps its place.
    const a = node('a', 100, 100, { rank: 0 });
    const b = node('b', 100 + 63, 100, { rank: 1 });
    expect(placeLabels([a, b], [], { ...options, padding: 4 }).nodes.has('b')).toBe(false);
    const previous = new Map([['b', 0]]);
    expect(placeLabels([a, b], [], { ...options, padding: 4, previous }).nodes.has('b')).toBe(true);
  });

  it('draws an edge label only when both ends are labelled or an end is selected, never over a label', () => {
    const nodes = [
      node('a', 100, 100),
      node('b', 400, 100),
      node('c', 700, 500, { anchors: [box(2000, 0)] }),
    ];
    const edges = [
      { id: 'ab', ends: ['a', 'b'] as const, endSelected: false, rank: 0, box: box(220, 95) },
      { id: 'bc', ends: ['b', 'c'] as const, endSelected: false, rank: 0, box: box(520, 300) },
      { id: 'bc2', ends: ['b', 'c'] as const, endSelected: true, rank: 1, box: box(520, 330) },
      { id: 'ab2', ends: ['a', 'b'] as const, endSelected: false, rank: 2, box: box(225, 98) },
      { id: 'over', ends: ['a', 'b'] as const, endSelected: false, rank: 3, box: box(75, 105) },
    ];
    const result = placeLabels(nodes, edges, options);
    expect([...result.edges].sort()).toEqual(['ab', 'bc2']);
  });

  it('never returns two meeting boxes, on a crowd of random labels, in a few milliseconds', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd = Array.from({ length: 400 }, (_, i) =>
      node(`n${i}`, random() * 1000, random() * 800, { rank: Math.floor(random() * 50), forced: i < 10 }, 4),
    );
    // The fastest of a few runs after a warm-up: a busy machine slows single runs, not the best one.
    placeLabels(crowd, [], options);
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      placeLabels(crowd, [], options);
      return performance.now() - started;
    });
    const elapsed = Math.min(...times);
    const result = placeLabels(crowd, [], options);
    const chosen = [...result.nodes].map(([id, i]) => crowd.find((n) => n.id === id)!.anchors[i]!);
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) expect(intersects(chosen[i]!, chosen[j]!)).toBe(false);
    expect(result.nodes.size).toBeGreaterThan(60);
    expect(elapsed).toBeLessThan(16);
  });

  it('gives the same answer at any scale (exports place labels as the screen does)', () => {
    const crowd = Array.from({ length: 60 }, (_, i) =>
      node(`n${i}`, (i * 97) % 900, (i * 61) % 700, { rank: i % 7 }, 4),
    );
    const scaled = crowd.map((n) => ({
      ...n,
      body: scaleBox(n.body, 4),
      anchors: n.anchors.map((a) => scaleBox(a, 4)),
    }));
    const a = placeLabels(crowd, [], options);
    const b = placeLabels(scaled, [], { ...options, frame: scaleBox(FRAME, 4), padding: 8 });
    expect([...b.nodes]).toEqual([...a.nodes]);
  });
});

describe('freeArea', () => {
  it('frames beside a legend at the top left and above a caption at the bottom', () => {
    const legend = { x1: 8, y1: 8, x2: 248, y2: 330 };
    const caption = { x1: 200, y1: 560, x2: 700, y2: 700 };
    expect(freeArea({ x1: 0, y1: 0, x2: 900, y2: 720 }, [legend, caption])).toEqual({
      x1: 248,
      y1: 0,
      x2: 900,
      y2: 560,
    });
  });
  it('leaves the frame alone when nothing covers it', () => {
    expect(freeArea(FRAME, [{ x1: 2000, y1: 0, x2: 2100, y2: 10 }])).toEqual(FRAME);
  });
});

describe('strandedEntities', () => {
  it('finds entities a filter left without a visible relation, not those that never had one', async () => {
    const { graphBuilder } = await import('../support/tinyGraph');
    const { strandedEntities } = await import('../../src/model/stranded');
    const b = graphBuilder();
    b.node('therapy/msc');
    b.node('factor/vegf');
    b.node('disease/mi');
    b.node('method/alone');
    b.edge('therapy/msc', 'secretes', 'factor/vegf', [{ level: 'clinical' }]);
    b.edge('factor/vegf', 'involved_in', 'disease/mi', [{ level: 'review' }]);
    const visible = {
      nodes: new Set(['therapy/msc', 'factor/vegf', 'disease/mi', 'method/alone']),
      edges: new Set(['therapy/msc--secretes--factor/vegf']),
    };
    expect([...strandedEntities(b.g, visible)]).toEqual(['disease/mi']);
  });
});
