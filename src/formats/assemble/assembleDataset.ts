import type { Story } from '../../model/storySchema';
import { shorten } from '../readError';
import type { DatasetGraphAttributes, DatasetNode, ImportedDataset, SerializedDatasetGraph } from '../types';
import { checkLabel, collectPositions, uniqueNodes } from './assembleNodes';
import { decodeEdges } from './assembleEdges';
import { findCategories } from './categories';
import { decodeForeignNode, decodeOurNode, GENERIC_TYPE } from './decodeNode';
import { graphAttributes } from './graphAttributes';
import { inferSchema, type InferredType } from './inferSchema';
import type { RawGraph } from './rawGraph';
import { reconcileSchema } from './reconcileSchema';
import type { ReportBuilder } from './reportBuilder';
import { slugFor } from './slug';
import { uniqueEdges } from './uniqueEdges';

export const TYPE_KEYS = ['type', 'kind', 'category'] as const;

/** Decodes every node; returns the types found, in order of first use. */
const decodeNodes = (raw: RawGraph, nodes: ReturnType<typeof uniqueNodes>, report: ReportBuilder) => {
  const list = [...nodes.values()];
  const decoded = new Map<string, DatasetNode>();
  const types = new Map<string, InferredType>();
  let source: string | undefined;
  if (raw.dialect === 'ours') {
    for (const n of list) decoded.set(n.id, decodeOurNode(n.id, n.attributes, n.where, report));
    for (const node of decoded.values())
      if (!types.has(node.type)) types.set(node.type, { id: node.type, label: node.type });
    const withRef = [...types.keys()].filter((t) =>
      [...decoded.values()].every((n) => n.type !== t || typeof n.ref === 'number'),
    );
    if (withRef.length === 1) types.get(withRef[0]!)!.role = 'reference';
  } else {
    const categories = findCategories(
      list.map((n) => n.attributes),
      TYPE_KEYS,
    );
    const taken = new Set<string>([GENERIC_TYPE.id]);
    const ids = new Map(categories?.distinct.map((v) => [v, slugFor(v, taken, 'type')]));
    for (const v of categories?.distinct ?? []) types.set(ids.get(v)!, { id: ids.get(v)!, label: v });
    if (categories) {
      source = categories.key;
      report.map(
        `node attribute "${categories.key}"`,
        'type',
        `${categories.distinct.length} distinct value(s)`,
      );
    } else
      report.map(
        'nodes',
        `type "${GENERIC_TYPE.id}"`,
        `no ${TYPE_KEYS.join('/')} attribute sorts them into a few kinds`,
      );
    list.forEach((n, i) => {
      const value = categories?.values[i];
      const type = value === undefined ? GENERIC_TYPE.id : ids.get(value)!;
      if (!types.has(type)) types.set(type, { ...GENERIC_TYPE });
      decoded.set(n.id, decodeForeignNode(n.id, n.attributes, type));
    });
  }
  for (const n of list) checkLabel(n.id, decoded.get(n.id)!, n.where, report);
  return { decoded, types: [...types.values()], source };
};

/** Compound parents as groups of their children's type; the parent stays a node too. */
const parentGroups = (nodes: ReturnType<typeof uniqueNodes>, decoded: Map<string, DatasetNode>) => {
  const groups = Object.create(null) as DatasetGraphAttributes['groups'];
  for (const n of nodes.values()) {
    if (n.parent === undefined) continue;
    const node = decoded.get(n.id)!;
    const parent = decoded.get(n.parent);
    if (node.group === undefined) node.group = n.parent;
    const list = (groups[node.type] ??= []);
    if (!list.some((g) => g.id === n.parent)) list.push({ id: n.parent, label: parent?.label ?? n.parent });
  }
  return groups;
};

/**
 * The one place where every reader's elements become a dataset: unique nodes and edges, our shape,
 * positions, groups, and the schema (the file's, completed, or one inferred), with the report.
 */
export const assembleDataset = (raw: RawGraph, report: ReportBuilder, stories?: Story[]): ImportedDataset => {
  report.read.nodes = raw.nodes.length;
  report.read.edges = raw.edges.length;
  const nodes = uniqueNodes(raw, report);
  const keyed = uniqueEdges(raw, nodes, report);
  const { decoded, types, source } = decodeNodes(raw, nodes, report);
  const groups = parentGroups(nodes, decoded);
  const positions = collectPositions(nodes, report);
  const edges = decodeEdges(raw, keyed, (id) => decoded.get(id)!.type, report);
  const relations = [...edges.relations.values()];
  const attributes = graphAttributes(raw, groups);
  const schema = raw.schema
    ? reconcileSchema(raw.schema, types, relations, edges.edges, report)
    : inferSchema(attributes.title, types, relations, {
        ...(source ? { types: source } : {}),
        ...(edges.source ? { relations: edges.source } : {}),
      });
  const graph: SerializedDatasetGraph = {
    attributes,
    options: { type: 'directed', multi: true, allowSelfLoops: keyed.some((e) => e.source === e.target) },
    nodes: [...decoded].map(([key, attributes]) => ({ key, attributes })),
    edges: keyed.map((e, i) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: edges.edges[i]!,
    })),
  };
  if (stories) report.read.stories = stories.length;
  if (graph.nodes.length === 0) report.problem('the graph', `has no nodes (${shorten(raw.file)})`);
  return {
    format: raw.format,
    schema,
    graph,
    ...(positions ? { positions } : {}),
    ...(stories ? { stories } : {}),
    report: report.build(graph.nodes.length, graph.edges.length),
  };
};
