/**
 * What our writers add to flat formats and our readers recognise: the marker that says a file is
 * ours, the evidence column, and the summary columns that are derived from the evidence (written
 * for people and tools that cannot read JSON, recomputed on every export, never read back).
 */
export const KG_MARKER = 'msc-review-graph kg';

export const EVIDENCE_JSON = 'evidence_json';
export const SCHEMA_JSON = 'schema_json';
export const GROUPS_JSON = 'groups_json';
/** Prefix of an `original` attribute whose name is also one of our fields. */
export const ORIGINAL_PREFIX = 'original.';

/** Summary attributes of an edge, derived from its evidence. */
export const EDGE_SUMMARY_KEYS = [
  'label',
  'name',
  'interaction',
  'evidence_count',
  'levels',
  'strongest_level',
  'sections',
  'refs',
  'pmids',
  'citation',
  'quotes',
  'evidence_quotes',
  'evidence_levels',
  'evidence_sections',
  'evidence_refs',
  'certainty',
] as const;

/** Summary attributes of a node, derived from our fields. */
export const NODE_SUMMARY_KEYS = ['name', 'represents', 'type_label', 'color', 'shape'] as const;

const edgeSummary = new Set<string>(EDGE_SUMMARY_KEYS);
const nodeSummary = new Set<string>(NODE_SUMMARY_KEYS);
export const isEdgeSummaryKey = (key: string): boolean => edgeSummary.has(key);
export const isNodeSummaryKey = (key: string): boolean => nodeSummary.has(key);
