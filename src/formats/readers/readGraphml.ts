import { assembleDataset } from '../assemble/assembleDataset';
import { rawGraph, type RawEdge, type RawNode } from '../assemble/rawGraph';
import { ReportBuilder } from '../assemble/reportBuilder';
import { KG_MARKER, SCHEMA_JSON } from '../dialect';
import { at, ReadError, shorten } from '../readError';
import { readXmlEvents } from '../text/xmlEvents';
import type { ImportedDataset } from '../types';
import { embeddedSchema } from './embeddedSchema';
import { castValue } from './xmlValues';

interface Key {
  for: string;
  name: string;
  type: string;
  default?: string;
  /** yEd's graphics keys (`yfiles.type`): their content is drawing, not data. */
  graphics: boolean;
}

/**
 * GraphML, read as a stream (graphology-graphml builds a DOM, which no Web Worker has, keeps
 * undeclared keys silently, ignores `directed="false"` and fails on `for="all"`). Every `<data>` must
 * name a declared `<key>`: the first that does not fails the read with its line. Nested graphs make
 * their enclosing node a group; `x`/`y` data (and yEd geometry) are positions.
 */
export const readGraphml = (text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('graphml', file);
  const raw = rawGraph('graphml', file);
  const keys = new Map<string, Key>();
  const nodeStack: RawNode[] = [];
  let edge: RawEdge | undefined;
  let directedDefault: boolean | undefined;
  let data: Key | undefined;
  let yedLabel: string | undefined;
  let currentKey: Key | undefined;
  const target = () => edge?.attributes ?? nodeStack.at(-1)?.attributes ?? raw.attributes;
  readXmlEvents(text, file, {
    open: (el) => {
      const a = el.attributes;
      const where = at(file, el.line);
      if (el.path.length === 0 && el.name !== 'graphml')
        throw new ReadError(where, `the root element is <${el.name}>, not <graphml>`);
      if (el.name === 'key' && a.id !== undefined) {
        currentKey = undefined;
        if (keys.has(a.id))
          report.problem(`key "${shorten(a.id)}"`, 'declared twice: the first is used', where);
        else
          keys.set(
            a.id,
            (currentKey = {
              for: a.for ?? 'all',
              name: a['attr.name'] ?? a.id,
              type: a['attr.type'] ?? 'string',
              graphics: a['yfiles.type'] !== undefined,
            }),
          );
      } else if (el.name === 'graph' && directedDefault === undefined) {
        directedDefault = a.edgedefault !== 'undirected';
        if (a.edgedefault === undefined)
          report.problem('<graph>', 'names no edgedefault: read as directed', where);
      } else if (el.name === 'node') {
        const parent = nodeStack.at(-1)?.id;
        const node: RawNode = {
          id: a.id ?? '',
          attributes: new Map(),
          where,
          ...(parent !== undefined ? { parent } : {}),
        };
        nodeStack.push(node);
        raw.nodes.push(node);
      } else if (el.name === 'edge') {
        edge = {
          ...(a.id !== undefined ? { id: a.id } : {}),
          source: a.source ?? '',
          target: a.target ?? '',
          attributes: new Map(),
          where,
          directed: a.directed === undefined ? (directedDefault ?? true) : a.directed === 'true',
        };
        raw.edges.push(edge);
      } else if (el.name === 'data') {
        data = keys.get(a.key ?? '');
        if (!data)
          throw new ReadError(
            where,
            `<data key="${shorten(a.key ?? '')}"> names a key that no <key> element declares`,
          );
      } else if (el.name === 'Geometry' && nodeStack.length > 0 && data?.graphics) {
        nodeStack.at(-1)!.position = { x: a.x, y: a.y };
      } else if (el.name === 'hyperedge' || el.name === 'port') {
        report.drop(`<${el.name}>`, 'hyperedges and ports have no place in this graph', where);
      }
    },
    close: (el, content) => {
      if (el.name === 'default' && el.path.at(-1) === 'key') {
        if (currentKey) currentKey.default = content;
      } else if (el.name === 'NodeLabel') yedLabel = content.trim();
      else if (el.name === 'data' && data) {
        if (!data.graphics) {
          const cast = castValue(data.type, content);
          if ('value' in cast) target().set(data.name, cast.value);
          else {
            target().set(data.name, cast.text);
            report.problem(
              `"${shorten(data.name)}" = "${shorten(cast.text, 30)}"`,
              `${cast.issue} (attr.type ${data.type}): kept as text`,
              at(file, el.line),
            );
          }
        }
        data = undefined;
      } else if (el.name === 'node') {
        const node = nodeStack.pop()!;
        if (yedLabel !== undefined && !node.attributes.has('label')) node.attributes.set('label', yedLabel);
        yedLabel = undefined;
      } else if (el.name === 'edge') {
        edge = undefined;
      }
    },
  });
  applyDefaults(raw, keys);
  takePositions(raw.nodes);
  raw.dialect = raw.attributes.get('kg_format') === KG_MARKER ? 'ours' : 'foreign';
  const schema = embeddedSchema(raw.attributes.get(SCHEMA_JSON), `${file}:<data key="${SCHEMA_JSON}">`);
  if (schema) raw.schema = schema;
  return assembleDataset(raw, report);
};

/** Key defaults for the elements that do not set them, cast like values. */
const applyDefaults = (raw: ReturnType<typeof rawGraph>, keys: Map<string, Key>) => {
  for (const key of keys.values()) {
    if (key.default === undefined) continue;
    const cast = castValue(key.type, key.default);
    const value = 'value' in cast ? cast.value : cast.text;
    const elements = [
      ...(key.for === 'node' || key.for === 'all' ? raw.nodes : []),
      ...(key.for === 'edge' || key.for === 'all' ? raw.edges : []),
    ];
    for (const element of elements)
      if (!element.attributes.has(key.name)) element.attributes.set(key.name, value);
  }
};

/** `x` and `y` data as positions. */
const takePositions = (nodes: RawNode[]) => {
  for (const node of nodes) {
    const x = node.attributes.get('x');
    const y = node.attributes.get('y');
    if (x === undefined && y === undefined) continue;
    node.attributes.delete('x');
    node.attributes.delete('y');
    node.position = { x, y };
  }
};
