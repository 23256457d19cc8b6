import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../bench/scale/syntheticData';
import { loadGraph } from '../../src/io/loadGraph';
import { certaintyEffects } from '../../src/model/filters/certaintyEffects';
import { filterEffects } from '../../src/model/filters/filterEffects';
import type { KnowledgeGraph } from '../../src/model/types';
import { visibleSubgraph, type SubgraphFilter } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { DEFAULT_FILTERS } from '../support/schemas';
import { tinyGraph } from '../support/tinyGraph';

/** The counts as the filter panel used to compute them: one full `visibleSubgraph` per option. */
const oneRunPerOption = (graph: KnowledgeGraph, filter: SubgraphFilter) => {
  const v = vocabOf(graph);
  const count = (patch: Partial<SubgraphFilter>) =>
    visibleSubgraph(graph, { ...filter, ...patch }).edges.size;
  const others = (facet: string) =>
    Object.fromEntries(Object.entries(filter.facets).filter(([id]) => id !== facet));
  return {
    levels: v.levels.map((l) => count({ minLevel: l.id })),
    sections: v.sections.map((s) => count({ sections: [s.id] })),
    relations: v.relations.map((r) => count({ relations: [r.id] })),
    facets: Object.fromEntries(
      v.schema.facets.map((f) => [
        f.id,
        Object.fromEntries([
          ['all', count({ facets: others(f.id) })],
          ...f.values.map((x) => [x.id, count({ facets: { ...others(f.id), [f.id]: x.id } })]),
        ]),
      ]),
    ),
  };
};

const states = (graph: KnowledgeGraph): SubgraphFilter[] => {
  const v = vocabOf(graph);
  const base = { ...DEFAULT_FILTERS(), types: v.drawnTypes.map((t) => t.id) };
  return [
    base,
    { ...base, minLevel: v.levels[1]?.id },
    { ...base, sections: [v.sections[4]!.id, v.sections[10]!.id] },
    { ...base, relations: [v.relations[3]!.id, v.relations[9]!.id] },
    { ...base, facets: { therapy: 'vesicles' } },
    { ...base, facets: { therapy: 'cells' }, minLevel: v.levels[2]?.id, sections: [v.sections[6]!.id] },
    { ...base, types: base.types.filter((t) => t !== v.drawnTypes[3]!.id), hideIsolated: true },
    ...(v.certainty.length > 0
      ? [
          { ...base, certainty: [v.certainty[0]!.id] },
          { ...base, certainty: v.certainty.slice(1).map((c) => c.id), minLevel: v.levels[1]?.id },
        ]
      : []),
  ];
};

describe('filter counts in one pass', () => {
  it('equal one visibleSubgraph per option, on a hand-made graph', () => {
    const graph = tinyGraph();
    for (const filter of states(graph))
      expect(filterEffects(graph, filter)).toEqual(oneRunPerOption(graph, filter));
  });

  it('equal one visibleSubgraph per option on the review graph and on a synthetic graph', () => {
    const review = loadGraph(resolve('graph-data')).graph!;
    const dir = mkdtempSync(join(tmpdir(), 'kg-synthetic-'));
    const synthetic = loadGraph(writeSyntheticData(dir, 400).dir).graph!;
    for (const graph of [review, synthetic])
      for (const filter of states(graph))
        expect(filterEffects(graph, filter)).toEqual(oneRunPerOption(graph, filter));
  });

  it('counts a relation under every level its strongest passing item reaches', () => {
    const graph = tinyGraph();
    const v = vocabOf(graph);
    const counts = filterEffects(graph, DEFAULT_FILTERS());
    // Levels are strongest first: the counts can only grow towards the weakest (all evidence).
    expect(counts.levels).toEqual([...counts.levels].sort((a, b) => a - b));
    expect(counts.levels.at(-1)).toBe(visibleSubgraph(graph, DEFAULT_FILTERS()).edges.size);
    expect(counts.levels[0]).toBe(
      visibleSubgraph(graph, { ...DEFAULT_FILTERS(), minLevel: v.levels[0]!.id }).edges.size,
    );
  });
});

/** The review graph plus relations without evidence, as an opened graph's edges are. */
const withBareEdges = (): KnowledgeGraph => {
  const graph = loadGraph(resolve('graph-data')).graph!;
  const ids = graph.filterNodes((_id, a) => a.type !== vocabOf(graph).referenceType).slice(0, 12);
  const relation = graph.getEdgeAttribute(graph.edges()[0]!, 'relation');
  for (let i = 0; i + 1 < ids.length; i += 2)
    graph.addDirectedEdgeWithKey(`bare-${i}`, ids[i]!, ids[i + 1]!, { relation, evidence: [] });
  return graph;
};

describe('relations without evidence (opened graphs)', () => {
  it('are shown while no evidence filter is set, and hidden by any level, section, facet or certainty', () => {
    const graph = withBareEdges();
    const v = vocabOf(graph);
    const bare = (filter: SubgraphFilter) =>
      [...visibleSubgraph(graph, filter).edges].filter((e) => e.startsWith('bare-')).length;
    const base = { ...DEFAULT_FILTERS(), types: v.drawnTypes.map((t) => t.id) };
    expect(bare(base)).toBe(6);
    expect(bare({ ...base, relations: [graph.getEdgeAttribute('bare-0', 'relation')] })).toBe(6);
    expect(bare({ ...base, minLevel: v.levels.at(-1)!.id })).toBe(0);
    expect(bare({ ...base, sections: [v.sections[0]!.id] })).toBe(0);
    expect(bare({ ...base, facets: { therapy: 'cells' } })).toBe(0);
    expect(bare({ ...base, certainty: [v.certainty[0]!.id] })).toBe(0);
  });

  it('are counted by the one-pass filter and certainty counts as by one run per option', () => {
    const graph = withBareEdges();
    const v = vocabOf(graph);
    const options = [[], ...v.certainty.map((c) => [c.id])];
    for (const filter of states(graph)) {
      expect(filterEffects(graph, filter)).toEqual(oneRunPerOption(graph, filter));
      const expected = options.map(
        (certainty) => visibleSubgraph(graph, { ...filter, certainty }).edges.size,
      );
      expect(certaintyEffects(graph, filter, options)).toEqual(expected);
    }
  });
});

describe('certainty counts in one pass', () => {
  it('equal one visibleSubgraph per certainty option, with the other filters as they are', () => {
    const review = loadGraph(resolve('graph-data')).graph!;
    const v = vocabOf(review);
    const options = [[], ...v.certainty.map((c) => [c.id]), v.certainty.slice(1).map((c) => c.id)];
    expect(options.length).toBeGreaterThan(3);
    for (const filter of states(review)) {
      const expected = options.map(
        (certainty) => visibleSubgraph(review, { ...filter, certainty }).edges.size,
      );
      expect(certaintyEffects(review, filter, options)).toEqual(expected);
    }
  });
});
