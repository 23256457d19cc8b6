import { describe, expect, it } from 'vitest';
import { forcedLabels } from '../../src/view/canvas/labels/labelPriority';
import { tinyGraph } from '../support/tinyGraph';

const none = new Set<string>();
const base = { selected: none, neighbour: none, path: none, spot: none };

describe('forcedLabels', () => {
  it('puts what the view is about before its company', () => {
    const graph = tinyGraph();
    const forced = forcedLabels(graph, {
      ...base,
      selected: new Set(['therapy/msc']),
      neighbour: new Set(['factor/vegf', 'disease/mi']),
      quiz: ['disease/stroke'],
    });
    expect(forced.get('therapy/msc')).toBe(0);
    expect(forced.get('disease/stroke')).toBe(0);
    expect(forced.get('factor/vegf')).toBe(1);
    expect(forced.get('disease/mi')).toBe(1);
  });

  it('ranks a gap cell’s row and column first, the rest of its spotlight after them', () => {
    const graph = tinyGraph();
    const spot = new Set(['strategy/hypoxia', 'disease/mi', 'factor/vegf', 'mechanism/angiogenesis']);
    const forced = forcedLabels(graph, { ...base, spot, core: ['strategy/hypoxia', 'disease/mi'] });
    expect([...forced].filter(([, t]) => t === 0).map(([id]) => id)).toEqual([
      'strategy/hypoxia',
      'disease/mi',
    ]);
    expect(forced.get('factor/vegf')).toBe(1);
    // Without a core the whole spotlight is what the view is about.
    expect(new Set(forcedLabels(graph, { ...base, spot }).values())).toEqual(new Set([0]));
  });

  it('keeps the lower tier when an entity is both, and skips ids the graph lacks', () => {
    const graph = tinyGraph();
    const forced = forcedLabels(graph, {
      ...base,
      neighbour: new Set(['factor/vegf', 'nope/x']),
      path: new Set(['factor/vegf']),
      focus: 'therapy/exo',
      focusRing: new Set(['therapy/exo', 'therapy/msc']),
    });
    expect(forced.get('factor/vegf')).toBe(0);
    expect(forced.get('therapy/exo')).toBe(0);
    expect(forced.get('therapy/msc')).toBe(1);
    expect(forced.has('nope/x')).toBe(false);
  });
});
