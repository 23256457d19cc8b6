import { describe, expect, it } from 'vitest';
import { neighbourhood, visibleSubgraph, type SubgraphFilter } from '../../src/model/visibleSubgraph';
import { DEFAULT_FILTERS } from '../support/schemas';
import { tinyGraph } from '../support/tinyGraph';

const graph = tinyGraph();
const run = (patch: Partial<SubgraphFilter>) => visibleSubgraph(graph, { ...DEFAULT_FILTERS(), ...patch });

describe('filters', () => {
  it('shows every entity but references, and every relation, by default', () => {
    const v = run({});
    expect(v.nodes.has('paper/1')).toBe(false);
    expect(v.nodes.size).toBe(9);
    expect(v.edges.size).toBe(6);
  });

  it('keeps a relation at a minimum level when any of its evidence reaches it', () => {
    expect([...run({ minLevel: 'clinical' }).edges]).toEqual(['therapy/bm-msc--improves--disease/mi']);
    expect(run({ minLevel: 'animal' }).edges.size).toBe(3);
    expect(run({ minLevel: 'in_vitro' }).edges.size).toBe(4);
  });

  it('drops relations whose ends are of a hidden type', () => {
    const v = run({ types: DEFAULT_FILTERS().types.filter((t) => t !== 'disease') });
    expect(v.nodes.has('disease/mi')).toBe(false);
    expect([...v.edges].some((e) => e.endsWith('disease/mi'))).toBe(false);
  });

  it('filters by section, relation kind and therapy, and composes', () => {
    expect(run({ sections: ['Table 2'] }).edges).toEqual(new Set(['therapy/exo--improves--disease/stroke']));
    expect(run({ relations: ['improves'] }).edges.size).toBe(2);
    // the exosome row names a vesicle therapy; the section 3.2 statement names none, and section 3 is about vesicles
    expect(run({ facets: { therapy: 'vesicles' } }).edges).toEqual(
      new Set(['therapy/exo--improves--disease/stroke', 'mechanism/angiogenesis--involved_in--disease/mi']),
    );
    const cells = run({ facets: { therapy: 'cells' } }).edges;
    expect(cells.has('strategy/hypoxia--increases--factor/vegf')).toBe(true); // involves therapy/msc
    expect(cells.has('factor/vegf--acts_through--mechanism/angiogenesis')).toBe(true); // section 2.2 is about cells
    expect(
      run({ facets: { therapy: 'cells' }, minLevel: 'clinical', relations: ['improves'] }).edges.size,
    ).toBe(1);
  });

  it('hides isolated entities on request', () => {
    expect(run({ sections: ['Table 2'], hideIsolated: true }).nodes).toEqual(
      new Set(['therapy/exo', 'disease/stroke']),
    );
  });
});

describe('neighbourhood', () => {
  it('grows by depth along visible relations in both directions', () => {
    const v = run({});
    expect(neighbourhood(graph, v, 'factor/vegf', 1)).toEqual(
      new Set(['factor/vegf', 'strategy/hypoxia', 'mechanism/angiogenesis']),
    );
    expect(neighbourhood(graph, v, 'factor/vegf', 2).has('disease/mi')).toBe(true);
    expect(neighbourhood(graph, run({ minLevel: 'animal' }), 'factor/vegf', 2)).toEqual(
      new Set(['factor/vegf', 'strategy/hypoxia']),
    );
  });
});
