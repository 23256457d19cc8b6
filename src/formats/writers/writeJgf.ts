import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { KG_MARKER } from '../dialect';
import type { DatasetPositions } from '../types';
import type { DatasetGraph } from './datasetGraph';

/**
 * JSON Graph Format v2 (jsongraphformat.info): nodes keyed by id with `label` and every other field
 * of ours in `metadata` (positions as `metadata.x`/`y`), edges with `relation`, `directed`, the
 * relation's verb as `label` and the evidence items, whole, in `metadata.evidence`. The graph's
 * metadata carries the marker, title, citation, DOI, groups and schema.
 */
export const writeJgf = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
): string => {
  const attributes = graph.getAttributes();
  const relations = new Map(schema.relations.map((r) => [r.id, r]));
  const nodes = Object.create(null) as Record<string, unknown>;
  graph.forEachNode((id, { label, ...rest }) => {
    const p = positions?.[id];
    nodes[id] = { label, metadata: { ...rest, ...(p ? { x: p.x, y: p.y } : {}) } };
  });
  const edges = graph.mapEdges((key, { relation, ...rest }, source, target) => ({
    id: key,
    source,
    target,
    relation,
    directed: relations.get(relation)?.directed ?? true,
    label: relations.get(relation)?.verb ?? relation,
    metadata: rest,
  }));
  const { schema: _schema, ...own } = attributes as typeof attributes & { schema?: unknown };
  return `${JSON.stringify(
    {
      graph: {
        id: schema.id,
        label: attributes.title,
        directed: !(schema.relations.length > 0 && schema.relations.every((r) => !r.directed)),
        metadata: { kg_format: KG_MARKER, ...own, schema },
        nodes,
        edges,
      },
    },
    null,
    2,
  )}\n`;
};
