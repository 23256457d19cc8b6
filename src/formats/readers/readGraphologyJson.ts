import { rawGraph } from '../assemble/rawGraph';
import { assembleDataset } from '../assemble/assembleDataset';
import { ReportBuilder } from '../assemble/reportBuilder';
import { own } from '../text/jsonText';
import type { ImportedDataset } from '../types';
import { embeddedSchema } from './embeddedSchema';
import { entriesMap, idOf, listAt, noteProtoKeys, objectsIn } from './jsonElements';

const OUR_NODE_KEYS = ['type', 'label', 'aliases', 'description', 'warnings'];

/**
 * graphology's serialization (`{ attributes, options, nodes: [{ key, attributes }], edges: [{ key,
 * source, target, attributes, undirected }] }`): `x`/`y` attributes are positions (sigma's
 * convention). Ours (the `kg export --format graphology` output) when its nodes carry our fields.
 */
export const readGraphologyJson = (json: unknown, text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('graphology', file);
  noteProtoKeys(text, file, report);
  const nodes = objectsIn(
    listAt(own(json, 'nodes'), `${file}:nodes`, 'nodes'),
    file,
    'nodes',
    'node',
    report,
  );
  const edges = objectsIn(
    listAt(own(json, 'edges'), `${file}:edges`, 'edges'),
    file,
    'edges',
    'edge',
    report,
  );
  const first = entriesMap(own(nodes[0]?.item, 'attributes'));
  const ours = OUR_NODE_KEYS.every((k) => first.has(k));
  const undirectedGraph = own(own(json, 'options'), 'type') === 'undirected';
  const raw = rawGraph('graphology', file, {
    dialect: ours ? 'ours' : 'foreign',
    attributes: entriesMap(own(json, 'attributes'), ['schema']),
  });
  const schema = embeddedSchema(own(own(json, 'attributes'), 'schema'), `${file}:attributes.schema`);
  if (schema) raw.schema = schema;
  for (const { item, where } of nodes) {
    const attributes = entriesMap(own(item, 'attributes'), ['x', 'y']);
    const a = own(item, 'attributes');
    const x = own(a, 'x');
    const y = own(a, 'y');
    raw.nodes.push({
      id: idOf(own(item, 'key')) ?? '',
      attributes,
      where,
      ...(x !== undefined || y !== undefined ? { position: { x, y } } : {}),
    });
  }
  for (const { item, where } of edges) {
    const id = idOf(own(item, 'key'));
    raw.edges.push({
      ...(id !== undefined ? { id } : {}),
      source: idOf(own(item, 'source')) ?? '',
      target: idOf(own(item, 'target')) ?? '',
      attributes: entriesMap(own(item, 'attributes')),
      where,
      directed: !(own(item, 'undirected') === true || undirectedGraph),
    });
  }
  return assembleDataset(raw, report);
};
