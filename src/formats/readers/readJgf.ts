import { assembleDataset } from '../assemble/assembleDataset';
import { rawGraph } from '../assemble/rawGraph';
import { ReportBuilder } from '../assemble/reportBuilder';
import { KG_MARKER } from '../dialect';
import { ReadError } from '../readError';
import { asRecord, own, ownEntries } from '../text/jsonText';
import type { ImportedDataset } from '../types';
import { embeddedSchema } from './embeddedSchema';
import { entriesMap, idOf, listAt, noteProtoKeys } from './jsonElements';

/** A node's or edge's attributes: its metadata, plus `label` (and `relation` for an edge). */
const attributesOf = (item: unknown, keys: string[]): Map<string, unknown> => {
  const attributes = entriesMap(own(item, 'metadata'), ['x', 'y']);
  for (const key of keys) if (own(item, key) !== undefined) attributes.set(key, own(item, key));
  return attributes;
};

/**
 * JSON Graph Format v2 (`{ graph: { nodes: { id: { label, metadata } }, edges: [ … ] } }`; v1's node
 * list and `graphs` read too, the first graph only). `metadata.x`/`y` are positions; ours carries the
 * schema and our fields in `metadata`.
 */
export const readJgf = (json: unknown, text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('jgf', file);
  noteProtoKeys(text, file, report);
  const graphs = own(json, 'graphs');
  let graph = own(json, 'graph');
  if (graph === undefined && Array.isArray(graphs)) {
    graph = graphs[0];
    if (graphs.length > 1)
      report.drop(`${graphs.length - 1} more graph(s)`, 'only the first graph of a JGF file is read', file);
  }
  if (!asRecord(graph)) throw new ReadError(`${file}:graph`, 'a JGF file needs a "graph" object');
  const metadata = entriesMap(own(graph, 'metadata'), ['schema']);
  const ours = metadata.get('kg_format') === KG_MARKER;
  if (!ours)
    for (const key of ['label', 'id'])
      if (own(graph, key) !== undefined)
        metadata.set(key === 'label' ? 'title' : 'graph_id', own(graph, key));
  const raw = rawGraph('jgf', file, { attributes: metadata, dialect: ours ? 'ours' : 'foreign' });
  const schema = embeddedSchema(own(own(graph, 'metadata'), 'schema'), `${file}:graph.metadata.schema`);
  if (schema) raw.schema = schema;
  const nodes = own(graph, 'nodes');
  if (nodes !== undefined && (typeof nodes !== 'object' || nodes === null))
    throw new ReadError(
      `${file}:graph.nodes`,
      'graph.nodes must be an object keyed by node id (JGF v2) or a list (v1)',
    );
  const entries: [string | undefined, unknown, string][] = Array.isArray(nodes)
    ? listAt(nodes, `${file}:graph.nodes`, 'graph.nodes').map((n, i) => [
        idOf(own(n, 'id')),
        n,
        `${file}:graph.nodes[${i}]`,
      ])
    : ownEntries(nodes).map(([id, n]) => [id, n, `${file}:graph.nodes.${id.slice(0, 40)}`]);
  for (const [id, node, where] of entries) {
    const x = own(own(node, 'metadata'), 'x');
    const y = own(own(node, 'metadata'), 'y');
    raw.nodes.push({
      id: id ?? '',
      attributes: attributesOf(node, ['label']),
      where,
      ...(x !== undefined || y !== undefined ? { position: { x, y } } : {}),
    });
  }
  const directedGraph = own(graph, 'directed') !== false;
  listAt(own(graph, 'edges'), `${file}:graph.edges`, 'graph.edges').forEach((edge, i) => {
    const id = idOf(own(edge, 'id'));
    const directed = own(edge, 'directed');
    raw.edges.push({
      ...(id !== undefined ? { id } : {}),
      source: idOf(own(edge, 'source')) ?? '',
      target: idOf(own(edge, 'target')) ?? '',
      attributes: attributesOf(edge, ['relation', 'label']),
      where: `${file}:graph.edges[${i}]`,
      directed: typeof directed === 'boolean' ? directed : directedGraph,
    });
  });
  return assembleDataset(raw, report);
};
