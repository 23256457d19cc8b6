import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { visibleSubgraph, type SubgraphFilter } from '../../src/model/visibleSubgraph';
import { setDiff } from '../../src/view/canvas/classDiff';
import { emphasis, type Emphasis, type EmphasisInput } from '../../src/view/canvas/emphasis';
import { toElements } from '../../src/view/canvas/toElements';
import { applyEmphasis } from '../../src/view/canvas/useEmphasisClasses';
import { applyVisibility } from '../../src/view/canvas/useVisibilityClasses';
import { DEFAULT_FILTERS } from '../support/schemas';
import { tinyGraph } from '../support/tinyGraph';

const graph = tinyGraph();
const canvas = (): Core => cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph, {}) });

/** The classes every element should have for an emphasis, computed for all elements from scratch. */
const expected = (cy: Core, e: Emphasis) =>
  cy.elements().map((ele) => {
    const id = ele.id();
    const on = (name: string, yes: boolean) => (yes ? [name] : []);
    return [
      id,
      [
        ...on('selected', e.selected.has(id)),
        ...on('neighbour', e.neighbour.has(id)),
        ...on('path', e.path.has(id)),
        ...on('faded', e.keep !== undefined && !e.keep.has(id)),
        ...on('concealed', e.concealed.has(id)),
        ...on('spot', e.spot.has(id)),
      ].sort(),
    ];
  });
const actual = (cy: Core) =>
  cy
    .elements()
    .map((ele) => [
      ele.id(),
      ['selected', 'neighbour', 'path', 'faded', 'concealed', 'spot'].filter((c) => ele.hasClass(c)).sort(),
    ]);

const filters = (patch: Partial<SubgraphFilter> = {}) => ({ ...DEFAULT_FILTERS(), ...patch });

describe('class updates proportional to what changed', () => {
  it('setDiff lists what was added and what was removed', () => {
    expect(setDiff(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({ added: ['c'], removed: ['a'] });
    expect(setDiff(undefined, new Set(['a']))).toEqual({ added: ['a'], removed: [] });
  });

  it('after any sequence of selections, focus, paths and spotlights, the classes are those of the last one', () => {
    const cy = canvas();
    const visible = visibleSubgraph(graph, filters());
    const steps: EmphasisInput[] = [
      { selection: { kind: 'node', id: 'factor/vegf' }, focus: null },
      { selection: { kind: 'node', id: 'disease/mi' }, focus: null },
      { selection: { kind: 'node', id: 'disease/mi' }, focus: { id: 'disease/mi', depth: 1 } },
      {
        selection: { kind: 'edge', id: 'therapy/exo--improves--disease/stroke' },
        focus: { id: 'disease/mi', depth: 2 },
      },
      {
        selection: null,
        focus: null,
        pathElements: [
          'factor/vegf',
          'factor/vegf--acts_through--mechanism/angiogenesis',
          'mechanism/angiogenesis',
        ],
      },
      {
        selection: null,
        focus: null,
        spotlight: ['therapy/exo'],
        concealed: ['therapy/exo--improves--disease/stroke'],
      },
      { selection: { kind: 'node', id: 'therapy/msc' }, focus: null },
      { selection: null, focus: null },
    ];
    let before: Emphasis | undefined;
    for (const step of steps) {
      const after = emphasis(graph, visible, step);
      applyEmphasis(cy, before, after);
      expect(actual(cy)).toEqual(expected(cy, after));
      before = after;
    }
  });

  it('a tap after a tap touches only the two neighbourhoods, never every element', () => {
    const cy = canvas();
    const visible = visibleSubgraph(graph, filters());
    const first = emphasis(graph, visible, { selection: { kind: 'node', id: 'factor/vegf' }, focus: null });
    applyEmphasis(cy, undefined, first);
    const all = vi.spyOn(cy, 'elements');
    applyEmphasis(
      cy,
      first,
      emphasis(graph, visible, { selection: { kind: 'node', id: 'disease/stroke' }, focus: null }),
    );
    expect(all).not.toHaveBeenCalled();
    // VEGF and its 2 relations and 2 neighbours lose classes; stroke, its relation and its neighbour gain them.
    expect(
      cy
        .elements('.selected, .neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['disease/stroke', 'therapy/exo', 'therapy/exo--improves--disease/stroke'].sort());
  });

  it('a filter change hides and shows only what changed, and ends where a full pass would', () => {
    const cy = canvas();
    const states = [
      filters(),
      filters({ minLevel: 'animal' }),
      filters({ relations: ['improves'] }),
      filters({ hideIsolated: true, minLevel: 'clinical' }),
      filters(),
    ];
    let before;
    for (const f of states) {
      const after = visibleSubgraph(graph, f);
      applyVisibility(cy, before, after);
      expect(
        cy
          .elements('.hidden')
          .map((e) => e.id())
          .sort(),
      ).toEqual(
        cy
          .elements()
          .filter((e) => !(e.isNode() ? after.nodes : after.edges).has(e.id()))
          .map((e) => e.id())
          .sort(),
      );
      before = after;
    }
    const nodes = vi.spyOn(cy, 'nodes');
    applyVisibility(cy, before, visibleSubgraph(graph, filters({ minLevel: 'animal' })));
    expect(nodes).not.toHaveBeenCalled();
  });
});
