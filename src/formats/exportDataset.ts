import type { DatasetPositions } from './types';
import type { DatasetGraph, ExportInput, WrittenFile } from './writers/datasetGraph';
import { selectSubset } from './writers/selectSubset';
import { writeBel } from './writers/writeBel';
import { writeCsv } from './writers/writeCsv';
import { writeCytoscape } from './writers/writeCytoscape';
import { writeGexf } from './writers/writeGexf';
import { writeGraphml } from './writers/writeGraphml';
import { writeJgf } from './writers/writeJgf';
import { writeBundle, writeGraphology } from './writers/writeJson';

export const WRITE_FORMATS = ['json', 'graphology', 'jgf', 'cyjs', 'gexf', 'graphml', 'csv', 'bel'] as const;
export type WriteFormat = (typeof WRITE_FORMATS)[number];

export const isWriteFormat = (value: string): value is WriteFormat =>
  (WRITE_FORMATS as readonly string[]).includes(value);

/** Positions of the graph's nodes only (a subset keeps its own), as a null-prototype object. */
const positionsOf = (
  graph: DatasetGraph,
  positions: DatasetPositions | undefined,
): DatasetPositions | undefined => {
  if (!positions) return undefined;
  const out = Object.create(null) as DatasetPositions;
  graph.forEachNode((id) => {
    const p = Object.prototype.hasOwnProperty.call(positions, id) ? positions[id] : undefined;
    if (p) out[id] = p;
  });
  return out;
};

/**
 * The graph (or the subset on screen) in one of the formats: the files to write, each with the
 * suffix for its name (CSV gives two). Pure: usable in the browser, a worker and the CLI.
 */
export const exportDataset = (format: WriteFormat, input: ExportInput): WrittenFile[] => {
  const graph = input.subset ? selectSubset(input.graph, input.schema, input.subset) : input.graph;
  const positions = positionsOf(graph, input.positions);
  const { schema } = input;
  switch (format) {
    case 'json':
      return [
        {
          suffix: '.json',
          mime: 'application/json',
          text: writeBundle(graph, schema, positions, input.stories),
        },
      ];
    case 'graphology':
      return [{ suffix: '.graphology.json', mime: 'application/json', text: writeGraphology(graph) }];
    case 'jgf':
      return [
        { suffix: '.jgf.json', mime: 'application/vnd.jgf+json', text: writeJgf(graph, schema, positions) },
      ];
    case 'cyjs':
      return [{ suffix: '.cyjs', mime: 'application/json', text: writeCytoscape(graph, schema, positions) }];
    case 'gexf':
      return [{ suffix: '.gexf', mime: 'application/gexf+xml', text: writeGexf(graph, schema, positions) }];
    case 'graphml':
      return [
        { suffix: '.graphml', mime: 'application/graphml+xml', text: writeGraphml(graph, schema, positions) },
      ];
    case 'csv': {
      const tables = writeCsv(graph, schema, positions);
      return [
        { suffix: '.nodes.csv', mime: 'text/csv', text: tables.nodes },
        { suffix: '.edges.csv', mime: 'text/csv', text: tables.edges },
      ];
    }
    case 'bel':
      return [{ suffix: '.bel', mime: 'text/plain', text: writeBel(graph, schema) }];
  }
};
