import { parseJsonText } from '../text/jsonText';
import type { DatasetNode } from '../types';

/**
 * Our node fields and how a flat file carries them: strings as text, lists as JSON arrays of strings
 * (`["a","b"]`, since GEXF splits lists on `|` and GraphML has none), numbers and booleans typed or
 * as text (CSV). `decodeOurNode` reads them back by name.
 */
type Kind = 'string' | 'strings' | 'number' | 'boolean';

export const NODE_FIELDS: Record<Exclude<keyof DatasetNode, 'original'>, Kind> = {
  type: 'string',
  label: 'string',
  aliases: 'strings',
  description: 'string',
  group: 'string',
  broader: 'string',
  warnings: 'strings',
  family: 'string',
  ref: 'number',
  authors: 'string',
  title: 'string',
  journal: 'string',
  year: 'number',
  volume_pages: 'string',
  pmid: 'string',
  doi: 'string',
  annotation: 'string',
  pmid_trusted: 'boolean',
  duplicate_of: 'number',
};

export const isNodeField = (key: string): key is keyof typeof NODE_FIELDS =>
  Object.prototype.hasOwnProperty.call(NODE_FIELDS, key);

const stringList = (value: unknown): string[] | undefined => {
  let list = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = parseJsonText(value, 'value');
    } catch {
      return undefined;
    }
  }
  return Array.isArray(list) && list.every((v) => typeof v === 'string') ? list : undefined;
};

/** A field's value decoded from what a file holds, or undefined when it does not fit the field. */
export const decodeField = (kind: Kind, value: unknown): unknown => {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    case 'strings':
      return stringList(value);
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return value === true || value === 'true'
        ? true
        : value === false || value === 'false'
          ? false
          : undefined;
  }
};

/** How a flat file writes a field: lists as JSON text, the rest as they are. */
export const encodeField = (value: unknown): string | number | boolean =>
  Array.isArray(value) ? JSON.stringify(value) : (value as string | number | boolean);
