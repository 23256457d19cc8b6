import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { NODE_FIELDS } from '../assemble/ourFields';
import { EVIDENCE_JSON } from '../dialect';
import { OUR_NODE_COLUMNS, SECTION } from '../readers/readCsv';
import type { DatasetPositions } from '../types';
import { csvRow } from './csvCell';
import type { DatasetGraph } from './datasetGraph';
import { flatEdge, flatNode, type Flat } from './flatten';
import { referencesOf } from './references';

const NODE_COLUMNS = [
  ...OUR_NODE_COLUMNS,
  ...Object.keys(NODE_FIELDS).filter((k) => !OUR_NODE_COLUMNS.includes(k)),
  'type_label',
  'x',
  'y',
];
const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'relation',
  'label',
  'evidence_count',
  'levels',
  'strongest_level',
  'sections',
  'refs',
  'pmids',
  EVIDENCE_JSON,
];

/** Our columns first, then every other column the rows have, in the order first met. */
const columnsOf = (fixed: string[], rows: Flat[]): string[] => {
  const columns = new Set(fixed);
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
};

const table = (columns: string[], rows: Flat[]): string =>
  [csvRow(columns), ...rows.map((row) => csvRow(columns.map((c) => row[c])))].join('\n') + '\n';

export interface CsvTables {
  nodes: string;
  edges: string;
}

/**
 * Two tables, as Gephi's spreadsheet import and pandas read them: nodes (id, our fields with lists
 * as JSON text, the type's label, x, y, then the file's own columns) and edges (id, source, target,
 * relation, its verb, evidence summaries and `evidence_json`). Formula cells are neutralised.
 */
export const writeCsv = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
): CsvTables => {
  const refs = referencesOf(graph, schema);
  const nodes = graph.mapNodes((id, a): Flat => {
    const p = positions?.[id];
    return Object.assign(
      Object.create(null) as Flat,
      { id },
      flatNode(a, schema),
      p ? { x: p.x, y: p.y } : {},
    );
  });
  const edges = graph.mapEdges((key, a, source, target): Flat =>
    Object.assign(Object.create(null) as Flat, { id: key, source, target }, flatEdge(a, schema, refs)),
  );
  return {
    nodes: table(columnsOf(NODE_COLUMNS, nodes), nodes),
    edges: table(columnsOf(EDGE_COLUMNS, edges), edges),
  };
};

/** Both tables in one text, each after its section line (`kg export --format csv` to stdout). */
export const csvSections = (tables: CsvTables): string =>
  `${SECTION.nodes}\n${tables.nodes}${SECTION.edges}\n${tables.edges}`;
