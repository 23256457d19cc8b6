import Graph from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPaths } from '../../src/model/paths';
import { MaskedSearch } from '../../src/model/pathSearch/kShortest';
import { pathIndex } from '../../src/model/pathSearch/pathIndex';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { defaultFilters } from '../../src/state/viewTypes';
import { reviewSchema } from '../support/schemas';
import { syntheticGraph } from '../support/syntheticGraph';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('k shortest paths without copying the graph per spur node', () => {
  const graph = syntheticGraph({ nodes: 3000, schema: reviewSchema(), seed: 31 });
  const visible = visibleSubgraph(graph, defaultFilters(vocabOf(graph)));
  const ids = graph.nodes().filter((id) => graph.degree(id) > 0);

  it('reads the graph once into an index, then masks nodes and links for every spur search', () => {
    const copies = vi.spyOn(Graph.prototype, 'copy');
    const emptyCopies = vi.spyOn(Graph.prototype, 'emptyCopy');
    const drops = [vi.spyOn(Graph.prototype, 'dropNode'), vi.spyOn(Graph.prototype, 'dropEdge')];
    const reads = vi.spyOn(graph, 'edgeEntries');
    const spurs = vi.spyOn(MaskedSearch.prototype, 'shortest');
    const masked = vi.spyOn(MaskedSearch.prototype, 'removeNode');
    const result = findPaths(graph, visible.edges, ids[1]!, ids.at(-1)!, {
      nodes: visible.nodes,
      direction: 'any',
      k: 5,
    });
    expect(result.paths.length).toBe(5);
    // Yen's algorithm ran one spur search per node of each path found (far more than 5 searches)…
    expect(spurs.mock.calls.length).toBeGreaterThan(10);
    expect(masked.mock.calls.length).toBeGreaterThan(0);
    // …yet no graph was copied or edited, and the graph's relations were read once, for the index.
    expect(copies).not.toHaveBeenCalled();
    expect(emptyCopies).not.toHaveBeenCalled();
    for (const drop of drops) expect(drop).not.toHaveBeenCalled();
    expect(reads).toHaveBeenCalledTimes(1);
    // A second search over the same visible relations reuses the index: no read at all.
    findPaths(graph, visible.edges, ids[2]!, ids.at(-2)!, { nodes: visible.nodes, direction: 'any' });
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('restores every mask at the next search (a removed node counts again)', () => {
    const index = pathIndex(graph, visible.edges);
    const search = new MaskedSearch(index.relations);
    const s = index.index.get(ids[1]!)!;
    const t = index.index.get(ids.at(-1)!)!;
    const first = search.shortest(s, t, 12)!;
    expect(first.length).toBeGreaterThan(2);
    search.resetMasks();
    search.removeNode(first[1]!);
    const around = search.shortest(s, t, 12);
    expect(around ?? []).not.toContain(first[1]);
    search.resetMasks();
    expect(search.shortest(s, t, 12)).toEqual(first);
  });
});
