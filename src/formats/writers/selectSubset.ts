import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { DatasetGraph, ExportInput } from './datasetGraph';

/**
 * The part of the graph an export keeps: the given nodes and edges, the ends of those edges, and
 * the references their evidence cites (so that citations still resolve). Unknown ids are ignored.
 * A copy: the graph itself is never changed.
 */
export const selectSubset = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  subset: NonNullable<ExportInput['subset']>,
): DatasetGraph => {
  const out = graph.nullCopy();
  const referenceType = schema.types.find((t) => t.role === 'reference')?.id;
  const byRef = new Map<number, string>();
  if (referenceType)
    graph.forEachNode((id, a) => {
      if (a.type === referenceType && typeof a.ref === 'number') byRef.set(a.ref, id);
    });
  const addNode = (id: string) => {
    if (graph.hasNode(id) && !out.hasNode(id)) out.addNode(id, graph.getNodeAttributes(id));
  };
  subset.nodes.forEach(addNode);
  for (const key of subset.edges) {
    if (!graph.hasEdge(key) || out.hasEdge(key)) continue;
    const [source, target] = graph.extremities(key);
    addNode(source);
    addNode(target);
    const attributes = graph.getEdgeAttributes(key);
    for (const item of attributes.evidence) for (const ref of item.refs) addNode(byRef.get(ref) ?? '');
    out.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return out;
};
