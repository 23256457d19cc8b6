import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { GROUPS_JSON, KG_MARKER, SCHEMA_JSON } from '../dialect';
import type { DatasetPositions } from '../types';
import type { DatasetGraph } from './datasetGraph';
import { flatEdge, flatNode, type Flat } from './flatten';
import { referencesOf } from './references';
import { escapeAttribute, escapeText } from './xmlText';

type Domain = 'graph' | 'node' | 'edge';

/** The GraphML type of a column: the narrowest that holds every value. */
const typeOf = (values: (string | number | boolean)[]): string => {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v)))
    return values.every((v) => Math.abs(v as number) <= 2 ** 31 - 1) ? 'int' : 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
};

const text = (value: string | number | boolean): string => escapeText(String(value));

/**
 * GraphML with flat attributes (our fields, lists as JSON text, edge summaries and `evidence_json`),
 * positions as `x`/`y`, and graph data holding the marker, title, citation, DOI, groups and the
 * schema (`schema_json`). Each attribute gets one `<key>` typed by its values; empty values are left
 * out (NetworkX 2.8 reads an empty <data> as no value, our reader gives our fields their defaults). Undirected when every
 * relation is; readers such as NetworkX allow no mixed graphs, so a mixed one is written directed
 * (the schema says which relations are not).
 */
export const writeGraphml = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
): string => {
  const refs = referencesOf(graph, schema);
  const attrs = graph.getAttributes();
  const graphData: Flat = {
    kg_format: KG_MARKER,
    title: attrs.title,
    citation: attrs.citation,
    doi: attrs.doi,
    [GROUPS_JSON]: JSON.stringify(attrs.groups ?? {}),
    [SCHEMA_JSON]: JSON.stringify(schema),
  };
  const nodes: [string, Flat][] = graph.mapNodes((id, a) => {
    const flat = flatNode(a, schema);
    const p = positions?.[id];
    if (p) Object.assign(flat, { x: p.x, y: p.y });
    return [id, flat];
  });
  const edges = graph.mapEdges((key, a, source, target) => ({
    key,
    source,
    target,
    flat: flatEdge(a, schema, refs),
  }));
  const keys = new Map<string, { id: string; domain: Domain; name: string; type: string }>();
  const declare = (domain: Domain, rows: Flat[]) => {
    const names = new Map<string, (string | number | boolean)[]>();
    for (const row of rows)
      for (const name of Object.keys(row)) {
        const values = names.get(name);
        if (values) values.push(row[name]!);
        else names.set(name, [row[name]!]);
      }
    let n = 0;
    for (const [name, values] of names)
      keys.set(`${domain}\u0000${name}`, { id: `${domain[0]}${n++}`, domain, name, type: typeOf(values) });
  };
  declare('graph', [graphData]);
  declare(
    'node',
    nodes.map(([, f]) => f),
  );
  declare(
    'edge',
    edges.map((e) => e.flat),
  );
  const data = (domain: Domain, flat: Flat, indent: string) =>
    Object.keys(flat)
      .filter((name) => flat[name] !== '')
      .map((name) => {
        const key = keys.get(`${domain}\u0000${name}`)!;
        const value = key.type === 'string' ? String(flat[name]) : flat[name]!;
        return `${indent}<data key="${key.id}">${text(value)}</data>\n`;
      })
      .join('');
  const undirected = schema.relations.length > 0 && schema.relations.every((r) => !r.directed);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const k of keys.values())
    out.push(
      `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeAttribute(k.name)}" attr.type="${k.type}"/>\n`,
    );
  out.push(
    `  <graph id="G" edgedefault="${undirected ? 'undirected' : 'directed'}">\n`,
    data('graph', graphData, '    '),
  );
  for (const [id, flat] of nodes)
    out.push(`    <node id="${escapeAttribute(id)}">\n`, data('node', flat, '      '), '    </node>\n');
  for (const e of edges)
    out.push(
      `    <edge id="${escapeAttribute(e.key)}" source="${escapeAttribute(e.source)}" target="${escapeAttribute(e.target)}">\n`,
      data('edge', e.flat, '      '),
      '    </edge>\n',
    );
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
};
