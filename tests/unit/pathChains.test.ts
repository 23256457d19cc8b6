import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { createPathSearch, findPaths } from '../../src/model/paths';
import { kShortest } from '../../src/model/pathSearch/kShortest';
import { pathIndex } from '../../src/model/pathSearch/pathIndex';
import { pathFacts, rankingRule, whyAfter } from '../../src/model/pathSearch/rankPaths';
import type { KnowledgeGraph } from '../../src/model/types';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { defaultFilters } from '../../src/state/viewTypes';
import { reviewSchema } from '../support/schemas';
import { seededRandom, syntheticGraph } from '../support/syntheticGraph';
import { graphBuilder } from '../support/tinyGraph';

const visibleOf = (g: KnowledgeGraph) => visibleSubgraph(g, defaultFilters(vocabOf(g)));
const labelOf = (g: KnowledgeGraph) => (id: string) => g.getNodeAttribute(id, 'label');

/**
 * Hypoxia increases VEGF, VEGF acts through angiogenesis, angiogenesis is involved in MI: a chain of
 * three claims. The same length again through MSCs is no chain: MSCs secrete VEGF (so VEGF → MSCs
 * goes against that relation) and improve MI.
 */
const chainGraph = () => {
  const { g, node, edge } = graphBuilder();
  node('strategy/hypoxia', { label: 'Hypoxia' });
  node('factor/vegf', { label: 'VEGF' });
  node('mechanism/angiogenesis', { label: 'Angiogenesis' });
  node('disease/mi', { label: 'MI' });
  node('therapy/msc', { label: 'MSCs', group: 'cells' });
  edge('strategy/hypoxia', 'increases', 'factor/vegf', [{ level: 'animal' }]);
  edge('factor/vegf', 'acts_through', 'mechanism/angiogenesis', [{ level: 'in_vitro' }]);
  edge('mechanism/angiogenesis', 'involved_in', 'disease/mi', [{ level: 'review' }]);
  edge('therapy/msc', 'secretes', 'factor/vegf', [{ level: 'clinical' }]);
  edge('therapy/msc', 'improves', 'disease/mi', [{ level: 'clinical' }]);
  return g;
};

describe('paths as chains of claims', () => {
  const g = chainGraph();
  const { edges, nodes } = visibleOf(g);

  it('prefers the chain that follows every relation’s direction, and says where a path goes against one', () => {
    const { paths, searched } = findPaths(g, edges, 'strategy/hypoxia', 'disease/mi', { nodes });
    expect(searched).toEqual(['along', 'relations', 'mentions']);
    expect(paths[0]!.nodes).toEqual([
      'strategy/hypoxia',
      'factor/vegf',
      'mechanism/angiogenesis',
      'disease/mi',
    ]);
    expect(paths[0]!.steps.map((s) => s.kind)).toEqual(['along', 'along', 'along']);
    expect(paths[1]!.nodes).toEqual(['strategy/hypoxia', 'factor/vegf', 'therapy/msc', 'disease/mi']);
    expect(paths[1]!.steps.map((s) => s.kind)).toEqual(['along', 'against', 'along']);
    expect(paths[1]!.steps[1]!.edges).toEqual(['therapy/msc--secretes--factor/vegf']);
    const v = vocabOf(g);
    expect(pathFacts(paths[0]!, v, labelOf(g))).toEqual([
      '3 steps',
      'follows every relation’s direction',
      'weakest link: review statement',
      'no hub',
    ]);
    expect(pathFacts(paths[1]!, v, labelOf(g))[1]).toBe('1 step against a relation’s direction');
    expect(whyAfter(paths[1]!, paths[0]!, 'follow', v)).toBe(
      "more steps off the relations' direction (1 against 0)",
    );
  });

  it('in any direction ranks by length and evidence, direction aside', () => {
    const { paths } = findPaths(g, edges, 'factor/vegf', 'disease/mi', { direction: 'any', nodes });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['factor/vegf', 'therapy/msc', 'disease/mi'],
      ['factor/vegf', 'mechanism/angiogenesis', 'disease/mi'],
    ]);
    const v = vocabOf(g);
    // Both have two steps; the first's weakest link is clinical, the second's a review statement.
    expect(whyAfter(paths[1]!, paths[0]!, 'any', v)).toBe(
      'a weaker weakest link (review statement against clinical)',
    );
    expect(rankingRule('any')).toMatch(/^Paths over relations \(in either direction\)/);
    const follow = findPaths(g, edges, 'factor/vegf', 'disease/mi', { nodes }).paths;
    expect(follow[0]!.nodes).toEqual(['factor/vegf', 'mechanism/angiogenesis', 'disease/mi']);
  });

  it('goes through an entity only two statements share when no relation links them, and says so', () => {
    const { g: m, node, edge } = graphBuilder();
    node('strategy/hypoxia');
    node('factor/vegf');
    node('disease/mi');
    node('therapy/msc', { group: 'cells' });
    edge('strategy/hypoxia', 'increases', 'factor/vegf', [{ involves: ['therapy/msc'] }]);
    edge('therapy/msc', 'improves', 'disease/mi', [{}]);
    const visible = visibleOf(m);
    const { paths } = findPaths(m, visible.edges, 'strategy/hypoxia', 'disease/mi', { nodes: visible.nodes });
    expect(paths[0]!.nodes).toEqual(['strategy/hypoxia', 'therapy/msc', 'disease/mi']);
    expect(paths[0]!.steps.map((s) => [s.kind, s.edges])).toEqual([
      ['mention', ['strategy/hypoxia--increases--factor/vegf']],
      ['along', ['therapy/msc--improves--disease/mi']],
    ]);
    expect(pathFacts(paths[0]!, vocabOf(m), labelOf(m))[1]).toBe('1 step only through a shared mention');
    expect(findPaths(m, visible.edges, 'strategy/hypoxia', 'disease/mi', { mentions: false }).paths).toEqual(
      [],
    );
    // A statement left out by the filters names nothing.
    const none = findPaths(m, visible.edges, 'strategy/hypoxia', 'disease/mi', { itemFilter: () => false });
    expect(none.paths).toEqual([]);
  });

  it('follows an undirected relation of a schema both ways', () => {
    const other = loadGraph(resolve('tests/fixtures/other-dataset')).graph!;
    const visible = visibleOf(other);
    // Ada knows Charles (stored from Ada): Charles → Ada is along it, then Ada visited London.
    const { paths } = findPaths(other, visible.edges, 'person/charles', 'place/london', {
      nodes: visible.nodes,
    });
    expect(paths[0]!.nodes).toEqual(['person/charles', 'person/ada', 'place/london']);
    expect(paths[0]!.breaks).toBe(0);
    // The letter that names London with Ada and Charles is a shared mention, ranked after the chain.
    expect(paths[1]!.nodes).toEqual(['person/charles', 'place/london']);
    expect(paths[1]!.steps[0]!.kind).toBe('mention');
  });

  it('names the hubs a path passes through', () => {
    const { g: h, node, edge } = graphBuilder();
    node('therapy/msc', { group: 'cells' });
    node('disease/mi');
    node('cell_source/marrow');
    edge('cell_source/marrow', 'source_of', 'therapy/msc', [{}]);
    edge('therapy/msc', 'improves', 'disease/mi', [{}]);
    for (let i = 0; i < 25; i++) {
      node(`disease/d${i}`);
      edge('therapy/msc', 'improves', `disease/d${i}`, [{}]);
    }
    const visible = visibleOf(h);
    const [path] = findPaths(h, visible.edges, 'cell_source/marrow', 'disease/mi').paths;
    expect(path!.hubs).toEqual([{ id: 'therapy/msc', relations: 27 }]);
    expect(pathFacts(path!, vocabOf(h), labelOf(h)).at(-1)).toBe('through 1 hub: msc (27 links)');
  });
});

/** Every simple path from s to t of at most `max` links, by depth-first search (the slow, obvious way). */
const allSimplePaths = (out: (u: number) => number[], s: number, t: number, max: number): number[][] => {
  const found: number[][] = [];
  const walk = (path: number[]) => {
    const u = path.at(-1)!;
    if (u === t) {
      found.push([...path]);
      return;
    }
    if (path.length > max) return;
    for (const v of out(u)) if (!path.includes(v)) walk([...path, v]);
  };
  walk([s]);
  return found;
};

describe('k shortest paths by masking', () => {
  it('finds exactly the k shortest simple paths, as an exhaustive search does', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 12; round++) {
      const g = syntheticGraph({ nodes: 40, edgesPerNode: 1.6, seed: 100 + round, schema: reviewSchema() });
      const visible = visibleOf(g);
      const index = pathIndex(g, visible.edges);
      for (const tier of ['along', 'relations'] as const) {
        const adj = index[tier];
        const out = (u: number) => [...adj.outTo.subarray(adj.outStart[u], adj.outStart[u + 1])];
        const s = Math.floor(random() * index.ids.length);
        const t = Math.floor(random() * index.ids.length);
        if (s === t) continue;
        const expected = allSimplePaths(out, s, t, 6)
          .map((p) => p.length)
          .sort((a, b) => a - b)
          .slice(0, 6);
        const run = kShortest(adj, s, t, 6, 6);
        let step = run.next();
        while (!step.done) step = run.next();
        const got = step.value;
        expect(
          got.map((p) => p.length),
          `round ${round}, ${tier}, ${s} → ${t}`,
        ).toEqual(expected);
        for (const p of got) {
          expect(new Set(p).size).toBe(p.length);
          for (let i = 0; i < p.length - 1; i++) expect(out(p[i]!)).toContain(p[i + 1]);
        }
      }
    }
  });
});

describe('paths at scale', () => {
  const graph = syntheticGraph({ nodes: 20_000, schema: reviewSchema(), seed: 20_000 });
  const visible = visibleOf(graph);
  const hub = graph.nodes().reduce((a, b) => (graph.degree(a) >= graph.degree(b) ? a : b));
  const far = graph
    .nodes()
    .find((id) => graph.degree(id) > 0 && !graph.neighbors(hub).includes(id) && id !== hub)!;

  it('answers at 20,000 entities within its time budget, with paths', () => {
    // The index is built once per visible set (timed apart in bench/paths.ts); then each search has the budget.
    expect(findPaths(graph, visible.edges, hub, far, { nodes: visible.nodes, k: 1 }).paths.length).toBe(1);
    const budgetMs = 2000;
    const start = performance.now();
    const result = findPaths(graph, visible.edges, far, hub, { nodes: visible.nodes, budgetMs });
    const elapsed = performance.now() - start;
    expect(result.paths.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(budgetMs + 500);
  });

  it('stops when the budget is spent, keeping what it found, and works in slices', () => {
    const cut = findPaths(graph, visible.edges, far, hub, { nodes: visible.nodes, budgetMs: 0 });
    expect(cut.truncated).toBe(true);
    const search = createPathSearch(graph, visible.edges, hub, far, {
      nodes: visible.nodes,
      direction: 'any',
    });
    let slices = 0;
    while (!search.step(5) && slices < 10_000) slices += 1;
    expect(search.result().paths.length).toBeGreaterThan(0);
    expect(search.result().truncated).toBe(false);
  });
});
