import { LIMITS } from '../limits';
import { ReadError, shorten } from '../readError';
import { boundedAttributes } from './attributes';
import type { UniqueNode } from './assembleNodes';
import type { RawEdge, RawGraph } from './rawGraph';
import type { ReportBuilder } from './reportBuilder';

export interface KeyedEdge extends RawEdge {
  key: string;
}

/**
 * The file's edges with unique keys. An edge without an end is dropped; an end that no node
 * declares becomes a node (an edge list declares nodes that way; otherwise it is reported); a
 * repeated id is renamed `id~2`, and so is one that a node also has (graphology keeps nodes and edges
 * apart, but the canvas has one id space: Cytoscape would refuse the edge); a missing id is made up;
 * self-loops are kept and reported; more than `LIMITS.edges` stops the read.
 */
export const uniqueEdges = (
  raw: RawGraph,
  nodes: Map<string, UniqueNode>,
  report: ReportBuilder,
): KeyedEdge[] => {
  const keys = new Set<string>();
  const edges: KeyedEdge[] = [];
  const declare = (id: string, edge: RawEdge) => {
    if (nodes.has(id)) return;
    if (nodes.size >= LIMITS.nodes)
      throw new ReadError(
        edge.where,
        `more than ${LIMITS.nodes} nodes; this explorer reads up to ${LIMITS.nodes}`,
      );
    nodes.set(id, { id, attributes: new Map(), where: edge.where });
    if (!raw.nodesFromEdges)
      report.problem(`node "${shorten(id)}"`, 'named by an edge but never declared: created', edge.where);
  };
  let made = 0;
  for (const e of raw.edges) {
    if (e.source === '' || e.target === '') {
      report.drop(
        `edge ${e.id ? `"${shorten(e.id)}"` : 'without an id'}`,
        'it has no source or no target',
        e.where,
      );
      continue;
    }
    if (e.source.length > LIMITS.idChars || e.target.length > LIMITS.idChars) {
      report.drop(
        `edge ${e.id ? `"${shorten(e.id)}"` : ''}`.trim(),
        `an end id longer than ${LIMITS.idChars} characters`,
        e.where,
      );
      continue;
    }
    if (edges.length >= LIMITS.edges)
      throw new ReadError(
        e.where,
        `more than ${LIMITS.edges} edges; this explorer reads up to ${LIMITS.edges}`,
      );
    declare(e.source, e);
    declare(e.target, e);
    let key = e.id !== undefined && e.id !== '' && e.id.length <= LIMITS.idChars ? e.id : undefined;
    if (key !== undefined && keys.has(key)) {
      let n = 2;
      while (keys.has(`${key}~${n}`)) n++;
      report.problem(
        `edge "${shorten(key)}"`,
        `its id is used twice: this one is kept as "${shorten(key)}~${n}"`,
        e.where,
      );
      key = `${key}~${n}`;
    }
    if (key === undefined) {
      do key = `edge-${++made}`;
      while (keys.has(key));
    }
    keys.add(key);
    if (e.source === e.target)
      report.problem(`edge "${shorten(key)}"`, `a self-loop on "${shorten(e.source)}": kept`, e.where);
    const attributes = boundedAttributes(e.attributes, `edge "${shorten(key)}"`, e.where, report);
    edges.push({ ...e, key, attributes });
  }
  // Once every node is known (an edge list declares them as it goes).
  for (const e of edges) {
    if (!nodes.has(e.key)) continue;
    let n = 2;
    while (keys.has(`${e.key}~${n}`) || nodes.has(`${e.key}~${n}`)) n++;
    const key = `${e.key}~${n}`;
    report.problem(
      `edge "${shorten(e.key)}"`,
      `a node has the same id: this edge is kept as "${shorten(key)}"`,
      e.where,
    );
    keys.add(key);
    e.key = key;
  }
  return edges;
};
