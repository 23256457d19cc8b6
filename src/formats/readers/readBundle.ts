import { storySchema, type Story } from '../../model/storySchema';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { checkLabel } from '../assemble/assembleNodes';
import { inferSchema, type InferredRelation } from '../assemble/inferSchema';
import { ReportBuilder } from '../assemble/reportBuilder';
import { LIMITS } from '../limits';
import { ReadError, shorten } from '../readError';
import {
  edgeShape,
  evidenceVocabularyIssue,
  firstIssue,
  nodeShape,
  positionShape,
  relationIssue,
  typeIssue,
} from '../schema/graphShape';
import { asRecord, own, ownEntries } from '../text/jsonText';
import type {
  DatasetEdge,
  DatasetNode,
  DatasetPositions,
  ImportedDataset,
  SerializedDatasetGraph,
} from '../types';
import { embeddedSchema } from './embeddedSchema';
import { listAt, noteProtoKeys } from './jsonElements';

type KeyedNode = { key: string; attributes: DatasetNode };
type KeyedEdge = { key: string; source: string; target: string; attributes: DatasetEdge };

const keyOf = (value: unknown, where: string, what: string): string => {
  if (typeof value !== 'string' || value === '')
    throw new ReadError(where, `${what} must be a non-empty string`);
  if (value.length > LIMITS.idChars)
    throw new ReadError(where, `${what} is longer than ${LIMITS.idChars} characters`);
  return value;
};

/** A schema for a bundle that carries none (written before the schema travelled with the data). */
const schemaFromGraph = (graph: { nodes: KeyedNode[]; edges: KeyedEdge[] }, title: string): DatasetSchema => {
  const typeOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.type]));
  const types = [...new Set(typeOf.values())].map((id) => ({
    id,
    label: id,
    ...(graph.nodes.some((n) => n.attributes.type === id && typeof n.attributes.ref === 'number')
      ? { role: 'reference' as const }
      : {}),
  }));
  const relations = new Map<string, InferredRelation>();
  for (const e of graph.edges) {
    const id = e.attributes.relation;
    let r = relations.get(id);
    if (!r) relations.set(id, (r = { id, verb: id, from: new Set(), to: new Set(), directed: true }));
    r.from.add(typeOf.get(e.source)!);
    r.to.add(typeOf.get(e.target)!);
  }
  return inferSchema(title, types, [...relations.values()], {});
};

/**
 * Our bundle (`kg export --format json`, the app's graph file): lossless, so checked strictly. Every
 * node, edge and evidence item must have our shape and use the vocabulary of the schema it carries
 * (`graph.attributes.schema`); the first that does not fails the read with its item. Positions that
 * are not finite and stories that do not validate are dropped and reported.
 */
export const readBundle = (json: unknown, text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('json', file);
  const graph = asRecord(own(json, 'graph'));
  if (!graph) throw new ReadError(`${file}:graph`, 'a bundle needs a "graph" object');
  const attributes = asRecord(own(graph, 'attributes')) ?? {};
  noteProtoKeys(text, file, report);
  let schema = embeddedSchema(
    own(attributes, 'schema') ?? own(json, 'schema'),
    `${file}:graph.attributes.schema`,
  );
  const nodes: KeyedNode[] = [];
  const seen = new Set<string>();
  listAt(own(graph, 'nodes'), `${file}:graph.nodes`, 'graph.nodes').forEach((item, i) => {
    const where = `${file}:graph.nodes[${i}]`;
    const key = keyOf(own(item, 'key'), where, 'key');
    if (seen.has(key)) throw new ReadError(where, `the node "${shorten(key)}" is listed twice`);
    if (seen.size >= LIMITS.nodes) throw new ReadError(where, `more than ${LIMITS.nodes} nodes`);
    seen.add(key);
    const parsed = nodeShape.safeParse(own(item, 'attributes'));
    if (!parsed.success) throw new ReadError(where, `attributes.${firstIssue(parsed.error)}`);
    const node = parsed.data as DatasetNode;
    const issue = schema && typeIssue(node.type, schema);
    if (issue) throw new ReadError(where, issue);
    checkLabel(key, node, where, report);
    nodes.push({ key, attributes: node });
  });
  const edges: KeyedEdge[] = [];
  const edgeKeys = new Set<string>();
  listAt(own(graph, 'edges'), `${file}:graph.edges`, 'graph.edges').forEach((item, i) => {
    const where = `${file}:graph.edges[${i}]`;
    const key = keyOf(own(item, 'key'), where, 'key');
    if (edgeKeys.has(key)) throw new ReadError(where, `the edge "${shorten(key)}" is listed twice`);
    if (edgeKeys.size >= LIMITS.edges) throw new ReadError(where, `more than ${LIMITS.edges} edges`);
    edgeKeys.add(key);
    const source = keyOf(own(item, 'source'), where, 'source');
    const target = keyOf(own(item, 'target'), where, 'target');
    for (const end of [source, target])
      if (!seen.has(end))
        throw new ReadError(where, `names the node "${shorten(end)}", which the bundle does not list`);
    const parsed = edgeShape.safeParse(own(item, 'attributes'));
    if (!parsed.success) throw new ReadError(where, `attributes.${firstIssue(parsed.error)}`);
    const edge = parsed.data as DatasetEdge;
    const issue =
      (schema && relationIssue(edge.relation, schema)) ??
      edge.evidence
        .map(
          (e, n) =>
            schema &&
            evidenceVocabularyIssue(e, schema) &&
            `evidence[${n}]: ${evidenceVocabularyIssue(e, schema)}`,
        )
        .find(Boolean);
    if (issue) throw new ReadError(where, issue);
    if (source === target) report.problem(`edge "${shorten(key)}"`, 'a self-loop: kept', where);
    edges.push({ key, source, target, attributes: edge });
  });
  const positions = Object.create(null) as DatasetPositions;
  let placed = 0;
  for (const [id, value] of ownEntries(own(json, 'positions'))) {
    const where = `${file}:positions.${shorten(id, 40)}`;
    const parsed = positionShape.safeParse(value);
    if (!seen.has(id)) report.drop(`position of "${shorten(id)}"`, 'no node has this id', where);
    else if (!parsed.success)
      report.drop(`position of node "${shorten(id)}"`, firstIssue(parsed.error), where);
    else {
      positions[id] = parsed.data;
      placed++;
    }
  }
  const stories: Story[] = [];
  listAt(own(json, 'stories'), `${file}:stories`, 'stories').forEach((value, i) => {
    const parsed = storySchema.safeParse(value);
    if (parsed.success) stories.push(parsed.data);
    else report.drop(`story ${i + 1}`, firstIssue(parsed.error), `${file}:stories[${i}]`);
  });
  const graphAttributes = Object.fromEntries(
    ownEntries(attributes).filter(([k]) => k !== 'schema' && k !== '__proto__'),
  );
  const title = typeof graphAttributes.title === 'string' ? graphAttributes.title : file;
  if (!schema) {
    schema = schemaFromGraph({ nodes, edges }, title);
    report.problem('schema', 'the bundle carries none: inferred from the types and relations it uses', file);
  }
  report.read = { nodes: nodes.length, edges: edges.length, positions: placed, stories: stories.length };
  const options = {
    type: 'directed' as const,
    multi: true,
    allowSelfLoops: edges.some((e) => e.source === e.target),
  };
  return {
    format: 'json',
    schema,
    graph: {
      attributes: {
        title,
        citation: '',
        doi: '',
        groups: {},
        ...graphAttributes,
      } as SerializedDatasetGraph['attributes'],
      options,
      nodes,
      edges,
    },
    ...(placed > 0 ? { positions } : {}),
    stories,
    report: report.build(nodes.length, edges.length),
  };
};
