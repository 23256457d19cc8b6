import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { ReadFormat } from '../types';

/**
 * What a reader hands to `assembleDataset`: the file's elements as they are, each with where it
 * stands. Attributes are Maps, so that keys from the file can be anything (`__proto__` included).
 */
export interface RawNode {
  id: string;
  attributes: Map<string, unknown>;
  /** `file:line` or `file:item`. */
  where: string;
  /** The compound parent (Cytoscape `parent`, a GraphML/GEXF enclosing node). */
  parent?: string;
  position?: { x: unknown; y: unknown };
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  attributes: Map<string, unknown>;
  where: string;
  /** False when the file says this edge is undirected. */
  directed: boolean;
}

export interface RawGraph {
  format: ReadFormat;
  file: string;
  nodes: RawNode[];
  edges: RawEdge[];
  attributes: Map<string, unknown>;
  /**
   * `ours`: written by our writers (a marker or our columns); known fields are decoded by name.
   * `foreign`: label, type and relation are derived from the usual attribute names, and every
   * attribute is kept in `original`.
   */
  dialect: 'ours' | 'foreign';
  /** A schema the file carries (our GraphML, JGF, Cytoscape exports), already validated. */
  schema?: DatasetSchema;
  /** An edge list: nodes are the Source/Target values, so none is "missing". */
  nodesFromEdges?: boolean;
  /** A title for the graph when the file gives none. */
  fallbackTitle: string;
}

export const rawGraph = (
  format: ReadFormat,
  file: string,
  fields: Partial<Omit<RawGraph, 'format' | 'file'>> = {},
): RawGraph => ({
  format,
  file,
  nodes: [],
  edges: [],
  attributes: new Map(),
  dialect: 'foreign',
  fallbackTitle: file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || file,
  ...fields,
});
