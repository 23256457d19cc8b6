import { isNodeSummaryKey, ORIGINAL_PREFIX } from '../dialect';
import { shorten } from '../readError';
import type { DatasetNode } from '../types';
import { findAttribute, toRecord } from './attributes';
import { decodeField, isNodeField, NODE_FIELDS } from './ourFields';
import type { ReportBuilder } from './reportBuilder';

export const GENERIC_TYPE = { id: 'node', label: 'Node' };
export const LABEL_KEYS = ['label', 'name'] as const;

const base = (id: string): DatasetNode => ({
  type: GENERIC_TYPE.id,
  label: id,
  aliases: [],
  description: '',
  warnings: [],
});

/** A foreign node: label and description from the usual names, every attribute kept in `original`. */
export const decodeForeignNode = (
  id: string,
  attributes: Map<string, unknown>,
  type: string,
): DatasetNode => {
  const node = base(id);
  node.type = type;
  const label = findAttribute(attributes, LABEL_KEYS);
  if (label && (typeof label.value === 'string' || typeof label.value === 'number'))
    node.label = String(label.value);
  const description = findAttribute(attributes, ['description']);
  if (description && typeof description.value === 'string') node.description = description.value;
  if (attributes.size > 0) node.original = toRecord(attributes);
  return node;
};

/**
 * A node our writers wrote: our fields decoded by name (a value that does not fit its field stays in
 * `original`, reported), summaries skipped, anything else kept in `original` under its own name.
 */
export const decodeOurNode = (
  id: string,
  attributes: Map<string, unknown>,
  where: string,
  report: ReportBuilder,
): DatasetNode => {
  const node = base(id);
  const fields = node as unknown as Record<string, unknown>;
  const rest = new Map<string, unknown>();
  let typed = false;
  for (const [key, value] of attributes) {
    if (isNodeField(key)) {
      if (value === '' || value === null || value === undefined) continue;
      const decoded = decodeField(NODE_FIELDS[key], value);
      if (decoded === undefined) {
        report.problem(
          `node "${shorten(id)}": ${key}`,
          `"${shorten(value)}" is not a valid ${key}; kept in original`,
          where,
        );
        rest.set(key, value);
      } else {
        fields[key] = decoded;
        if (key === 'type') typed = true;
      }
    } else if (key === 'original' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const k of Object.keys(value))
        if (k !== '__proto__') rest.set(k, (value as Record<string, unknown>)[k]);
    } else if (isNodeSummaryKey(key))
      report.map(`node attribute "${key}"`, '(recomputed)', 'a summary our exports write');
    else rest.set(key.startsWith(ORIGINAL_PREFIX) ? key.slice(ORIGINAL_PREFIX.length) : key, value);
  }
  if (!typed)
    report.problem(`node "${shorten(id)}"`, `has no type; given the type "${GENERIC_TYPE.id}"`, where);
  if (rest.size > 0) node.original = toRecord(rest);
  return node;
};
