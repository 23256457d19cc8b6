import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { encodeField, NODE_FIELDS } from '../assemble/ourFields';
import { EVIDENCE_JSON, isEdgeSummaryKey, isNodeSummaryKey, ORIGINAL_PREFIX } from '../dialect';
import type { DatasetEdge, DatasetNode, OriginalAttributes } from '../types';
import { citationsOf, type References } from './references';

/** Scalar attributes, as GEXF, GraphML and CSV can hold them. Keys are ours or the file's. */
export type Flat = Record<string, string | number | boolean>;
/** JSON values, for formats with lists and objects (Cytoscape). */
export type Fields = Record<string, unknown>;

const scalar = (value: unknown): string | number | boolean | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === 'string' || typeof value === 'boolean'
      ? value
      : typeof value === 'number'
        ? Number.isFinite(value)
          ? value
          : String(value)
        : JSON.stringify(value);

/**
 * `original` entries as attributes of their own: under their own name, or `original.<name>` where
 * that name is one of ours (skipped when it only repeats our field's value).
 */
const addOriginal = (
  out: Fields,
  original: OriginalAttributes | undefined,
  ours: (key: string) => boolean,
  raw = false,
) => {
  for (const key of Object.keys(original ?? {})) {
    if (key === '__proto__') continue;
    const value = raw ? original![key] : scalar(original![key]);
    if (value === undefined) continue;
    if (out[key] === value) continue;
    out[ours(key) || key in out ? `${ORIGINAL_PREFIX}${key}` : key] = value;
  }
};

const RESERVED_NODE = new Set(['id', 'x', 'y']);

/**
 * A node's fields flat: lists as JSON text (empty ones left out), its type's label, then `original`.
 * `raw`: lists and `original` values as they are, for formats that hold JSON values.
 */
export function flatNode(node: DatasetNode, schema: DatasetSchema): Flat;
export function flatNode(node: DatasetNode, schema: DatasetSchema, raw: true): Fields;
export function flatNode(node: DatasetNode, schema: DatasetSchema, raw = false): Fields {
  const out = Object.create(null) as Fields;
  for (const key of Object.keys(NODE_FIELDS) as (keyof typeof NODE_FIELDS)[]) {
    const value = node[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = raw ? value : encodeField(value);
  }
  out.type_label = schema.types.find((t) => t.id === node.type)?.label ?? node.type;
  addOriginal(
    out,
    node.original,
    (k) => k in NODE_FIELDS || isNodeSummaryKey(k) || RESERVED_NODE.has(k),
    raw,
  );
  return out;
}

const joined = (values: Iterable<string | number>): string => [...new Set(values)].join('; ');

/**
 * An edge flat: relation, its verb as `label`, summaries of its evidence (count, levels, the
 * strongest, sections, references, trusted PubMed ids) and every item in `evidence_json`.
 */
export const flatEdge = (edge: DatasetEdge, schema: DatasetSchema, refs: References): Flat => {
  const out = Object.create(null) as Flat;
  const levels = edge.evidence.map((e) => e.level);
  out.relation = edge.relation;
  out.label = schema.relations.find((r) => r.id === edge.relation)?.verb ?? edge.relation;
  out.evidence_count = edge.evidence.length;
  if (edge.evidence.length > 0) {
    out.levels = joined(levels);
    const strongest = schema.levels.find((l) => levels.includes(l.id));
    if (strongest) out.strongest_level = strongest.id;
    out.sections = joined(edge.evidence.map((e) => e.section));
    out.refs = joined(edge.evidence.flatMap((e) => e.refs));
    out.pmids = citationsOf(refs, edge.evidence).join('; ');
  }
  out[EVIDENCE_JSON] = JSON.stringify(edge.evidence);
  addOriginal(
    out as Fields,
    edge.original,
    (k) =>
      k === 'relation' ||
      k === 'evidence' ||
      k === EVIDENCE_JSON ||
      isEdgeSummaryKey(k) ||
      k === 'id' ||
      k === 'source' ||
      k === 'target',
  );
  return out;
};
