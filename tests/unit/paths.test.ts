import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../src/model/paths';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { DEFAULT_FILTERS } from '../support/schemas';
import { tinyGraph } from '../support/tinyGraph';

const graph = tinyGraph();
const edges = visibleSubgraph(graph, DEFAULT_FILTERS()).edges;

describe('shortest paths', () => {
  it('finds paths in either direction, shortest first, each step with its relations', () => {
    const paths = shortestPaths(graph, edges, 'strategy/hypoxia', 'disease/mi');
    expect(paths.map((p) => p.nodes)).toEqual([
      ['strategy/hypoxia', 'factor/vegf', 'mechanism/angiogenesis', 'disease/mi'],
    ]);
    expect(paths[0]!.steps[1]!.edges).toEqual(['factor/vegf--acts_through--mechanism/angiogenesis']);
  });

  it('returns up to k paths, ordered by length then evidence strength', () => {
    const paths = shortestPaths(graph, edges, 'cell_source/marrow', 'mechanism/angiogenesis', 5);
    expect(paths[0]!.nodes).toEqual([
      'cell_source/marrow',
      'therapy/bm-msc',
      'disease/mi',
      'mechanism/angiogenesis',
    ]);
    expect(paths.every((p, i) => i === 0 || p.nodes.length >= paths[i - 1]!.nodes.length)).toBe(true);
  });

  it('follows only visible relations, and finds nothing between unconnected entities', () => {
    const animalOnly = visibleSubgraph(graph, { ...DEFAULT_FILTERS(), minLevel: 'animal' }).edges;
    expect(shortestPaths(graph, animalOnly, 'strategy/hypoxia', 'mechanism/angiogenesis')).toEqual([]);
    expect(shortestPaths(graph, edges, 'therapy/exo', 'factor/vegf')).toEqual([]);
  });
});
