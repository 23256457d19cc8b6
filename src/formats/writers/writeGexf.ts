import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { KG_MARKER } from '../dialect';
import type { DatasetPositions } from '../types';
import type { DatasetGraph } from './datasetGraph';
import { flatEdge, flatNode, type Flat } from './flatten';
import { referencesOf } from './references';
import { xmlSafe } from './xmlText';

const safe = (flat: Flat): Flat => {
  const out = Object.create(null) as Flat;
  for (const key of Object.keys(flat)) {
    const value = flat[key]!;
    out[xmlSafe(key)] = typeof value === 'string' ? xmlSafe(value) : value;
  }
  return out;
};

const rgb = (hex: string): string =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

/**
 * GEXF 1.3 through graphology-gexf, with every value pre-serialised to a scalar: its writer turns
 * objects into "[object Object]", crashes on lists of objects in 1.3, and 1.2 readers split list
 * values on "|". Our fields and edge summaries are attributes, lists and evidence JSON text; the
 * label is GEXF's own, positions and type colours go to viz (colours as r/g/b, which every reader
 * knows). `meta/creator` marks the file as ours. GEXF has no place for the schema.
 */
export const writeGexf = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
): string => {
  const refs = referencesOf(graph, schema);
  const undirected = schema.relations.length > 0 && schema.relations.every((r) => !r.directed);
  const out = new Graph({ type: undirected ? 'undirected' : 'directed', multi: true, allowSelfLoops: true });
  out.replaceAttributes({ creator: KG_MARKER, description: xmlSafe(graph.getAttribute('title') ?? '') });
  const colours = new Map(schema.types.map((t) => [t.id, rgb(t.colour)]));
  graph.forEachNode((id, a) => {
    const { label, ...flat } = flatNode(a, schema);
    const p = positions?.[id];
    out.addNode(xmlSafe(id), {
      label: xmlSafe(String(label ?? id)),
      attributes: safe(flat),
      viz: {
        ...(p ? { x: p.x, y: p.y } : {}),
        ...(colours.has(a.type) ? { color: colours.get(a.type) } : {}),
      },
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    const { label, ...flat } = flatEdge(a, schema, refs);
    out.addEdgeWithKey(xmlSafe(key), xmlSafe(source), xmlSafe(target), {
      label: xmlSafe(String(label)),
      attributes: safe(flat),
    });
  });
  return write(out, {
    version: '1.3',
    pedantic: true,
    formatNode: (_, a) => ({ label: a.label, attributes: a.attributes, viz: a.viz }),
    formatEdge: (_, a) => ({ label: a.label, attributes: a.attributes }),
  });
};
