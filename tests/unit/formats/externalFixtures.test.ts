import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { readDataset } from '../../../src/formats/readDataset';
import { itWhen } from '../../support/requires';
import { EXTERNAL_FIXTURES, hasExternalFixtures, MISSING_FIXTURES } from '../../support/sharedFixtures';

/** Counts and facts a reader can check in each file (nodes, edges, positions). */
const EXPECTED: Record<string, { format: string; nodes: number; edges: number; positions: number }> = {
  'cytoscape-compound-elements.json': { format: 'cyjs', nodes: 28, edges: 35, positions: 28 },
  'cytoscape-genemania-export.cyjs': { format: 'cyjs', nodes: 31, edges: 255, positions: 31 },
  'graphology-celegans.gexf': { format: 'gexf', nodes: 306, edges: 2345, positions: 0 },
  'graphology-yeast.gexf': { format: 'gexf', nodes: 2361, edges: 7182, positions: 0 },
  // Four edges, three of them to nodes never declared (2, 4, 5, 6): created and reported.
  'graphology-missing_nodes.gexf': { format: 'gexf', nodes: 6, edges: 4, positions: 0 },
  'graphology-miserables.graphml': { format: 'graphml', nodes: 77, edges: 254, positions: 77 },
  'graphology-multigraph.graphml': { format: 'graphml', nodes: 6, edges: 9, positions: 0 },
};

const read = (file: string) =>
  readDataset([{ name: file, text: readFileSync(join(EXTERNAL_FIXTURES, file), 'utf8') }]);

describe('every real file in ../shared/fixtures/external imports', () => {
  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'the folder holds no graph file this test does not know',
    () => {
      const files = readdirSync(EXTERNAL_FIXTURES).filter((f) => !/^(README|LICENSE)/.test(f));
      expect(files.sort()).toEqual([...Object.keys(EXPECTED), 'graphology-miserables_broken.graphml'].sort());
    },
  );

  for (const [file, expected] of Object.entries(EXPECTED))
    itWhen(
      hasExternalFixtures(),
      MISSING_FIXTURES,
      `${file}: ${expected.nodes} nodes, ${expected.edges} edges`,
      () => {
        const result = read(file);
        if (!result.ok) expect.fail(result.error);
        const { report, graph, positions } = result.dataset;
        expect({
          format: report.format,
          nodes: report.nodes,
          edges: report.edges,
          positions: Object.keys(positions ?? {}).length,
        }).toEqual(expected);
        expect(graph.edges.every((e) => e.attributes!.evidence.length === 0)).toBe(true);
        // One id space on the canvas: no edge shares a node's id (Cytoscape would drop that edge).
        const nodeKeys = new Set(graph.nodes.map((n) => n.key));
        expect(graph.edges.filter((e) => nodeKeys.has(e.key!)).map((e) => e.key)).toEqual([]);
      },
    );

  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'renames, and reports, the edges of missing_nodes.gexf whose ids are also node ids',
    () => {
      const result = read('graphology-missing_nodes.gexf');
      if (!result.ok) expect.fail(result.error);
      const { graph, report } = result.dataset;
      expect(graph.edges.map((e) => `${e.key}: ${e.source}→${e.target}`)).toEqual([
        '1~2: 2→1',
        '0~2: 0→1',
        '2~2: 2→4',
        '3: 5→6',
      ]);
      expect(JSON.stringify(report)).toContain('a node has the same id: this edge is kept as \\"1~2\\"');
    },
  );

  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'the broken GraphML fails with its line and problem',
    () => {
      expect(read('graphology-miserables_broken.graphml')).toEqual({
        ok: false,
        error:
          'graphology-miserables_broken.graphml:12: <data key="label"> names a key that no <key> element declares',
      });
    },
  );

  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'keeps the files’ own attributes, compound parents and parallel edges',
    () => {
      const genemania = read('cytoscape-genemania-export.cyjs');
      const compound = read('cytoscape-compound-elements.json');
      const multi = read('graphology-multigraph.graphml');
      if (!genemania.ok || !compound.ok || !multi.ok) expect.fail('a fixture did not read');
      const med6 = genemania.dataset.graph.nodes.find((n) => n.key === '296')!.attributes!;
      expect(med6.original).toMatchObject({
        gene_name: 'MED6',
        Uniprot_ID: 'O75586',
        node_type: 'result',
        SUID: 296,
      });
      expect(compound.dataset.graph.nodes.find((n) => n.key === 'n0:n1')!.attributes!.group).toBe('n0');
      const n2n4 = multi.dataset.graph.edges.filter((e) => e.source === 'n2' && e.target === 'n4');
      expect(n2n4.map((e) => e.key)).toEqual(['e4', 'e7']);
      expect(multi.dataset.graph.nodes.find((n) => n.key === 'n1')!.attributes!.original).toEqual({
        color: 'yellow',
      });
    },
  );
});
