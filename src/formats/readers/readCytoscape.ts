import { assembleDataset } from '../assemble/assembleDataset';
import { rawGraph } from '../assemble/rawGraph';
import { ReportBuilder } from '../assemble/reportBuilder';
import { KG_MARKER, SCHEMA_JSON } from '../dialect';
import { ReadError } from '../readError';
import { asRecord, own } from '../text/jsonText';
import type { ImportedDataset } from '../types';
import { embeddedSchema } from './embeddedSchema';
import { entriesMap, idOf, listAt, noteProtoKeys } from './jsonElements';

/** Element keys that are view state in Cytoscape (selection, locks), not data. */
const VIEW_STATE = [
  'group',
  'selected',
  'selectable',
  'locked',
  'grabbed',
  'grabbable',
  'removed',
  'pannable',
];

/** The element lists of the three shapes people have: `.cyjs`, `{ nodes, edges }`, a flat array. */
const elementLists = (json: unknown, file: string) => {
  const elements = own(json, 'elements') ?? json;
  if (!Array.isArray(elements) && !asRecord(elements))
    throw new ReadError(
      `${file}:elements`,
      'elements must be a list of elements or { "nodes": [...], "edges": [...] }',
    );
  if (Array.isArray(elements)) {
    const list = listAt(elements, `${file}:elements`, 'elements');
    const isEdge = (e: unknown) =>
      own(e, 'group') === 'edges' ||
      (own(e, 'group') !== 'nodes' && own(own(e, 'data'), 'source') !== undefined);
    const path = Array.isArray(json) ? '' : 'elements';
    const indexed = list.map((item, i) => ({ item, i }));
    return {
      nodes: indexed.filter((e) => !isEdge(e.item)),
      edges: indexed.filter((e) => isEdge(e.item)),
      path: (i: number) => `${file}:${path}[${i}]`,
    };
  }
  const at = (key: 'nodes' | 'edges') =>
    listAt(own(elements, key), `${file}:elements.${key}`, `elements.${key}`).map((item, i) => ({ item, i }));
  return { nodes: at('nodes'), edges: at('edges'), path: undefined };
};

/**
 * Cytoscape desktop `.cyjs` (`{ data, elements: { nodes, edges } }`) and Cytoscape.js elements JSON
 * (an array, or `{ nodes, edges }`): `data` fields are attributes, `position` the position, `parent`
 * a compound parent (kept as the child's group, the parent stays a node); view state is left out.
 */
export const readCytoscape = (json: unknown, text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('cyjs', file);
  noteProtoKeys(text, file, report);
  const network = entriesMap(own(json, 'data'));
  const lists = elementLists(json, file);
  const raw = rawGraph('cyjs', file, {
    attributes: network,
    dialect: network.get('kg_format') === KG_MARKER ? 'ours' : 'foreign',
  });
  const schema = embeddedSchema(network.get(SCHEMA_JSON), `${file}:data.${SCHEMA_JSON}`);
  if (schema) raw.schema = schema;
  const where = (key: 'nodes' | 'edges', i: number) => lists.path?.(i) ?? `${file}:elements.${key}[${i}]`;
  let viewState = false;
  const data = (item: Record<string, unknown>, skip: string[]) => {
    viewState ||= VIEW_STATE.some((k) => own(item, k) !== undefined);
    const attributes = entriesMap(own(item, 'data'), skip);
    const classes = own(item, 'classes');
    if ((typeof classes === 'string' && classes !== '') || (Array.isArray(classes) && classes.length > 0))
      attributes.set('classes', classes);
    return attributes;
  };
  for (const { item, i } of lists.nodes) {
    const record = asRecord(item);
    if (!record) {
      report.drop(`element ${i + 1}`, 'is not an object', where('nodes', i));
      continue;
    }
    const d = own(record, 'data');
    const parent = idOf(own(d, 'parent'));
    const position = own(record, 'position');
    raw.nodes.push({
      id: idOf(own(d, 'id')) ?? '',
      attributes: data(record, ['id', 'parent']),
      where: where('nodes', i),
      ...(parent !== undefined ? { parent } : {}),
      ...(asRecord(position) ? { position: { x: own(position, 'x'), y: own(position, 'y') } } : {}),
    });
  }
  for (const { item, i } of lists.edges) {
    const record = asRecord(item);
    if (!record) {
      report.drop(`element ${i + 1}`, 'is not an object', where('edges', i));
      continue;
    }
    const d = own(record, 'data');
    const id = idOf(own(d, 'id'));
    raw.edges.push({
      ...(id !== undefined ? { id } : {}),
      source: idOf(own(d, 'source')) ?? '',
      target: idOf(own(d, 'target')) ?? '',
      attributes: data(record, ['id', 'source', 'target']),
      where: where('edges', i),
      directed: true,
    });
  }
  if (viewState)
    report.drop(
      'view state (selected, locked, grabbable, …)',
      'it describes a Cytoscape session, not the graph',
      file,
    );
  return assembleDataset(raw, report);
};
