import { LIMITS } from '../limits';
import { at, lineOf, ReadError } from '../readError';
import { locateJsonError } from './jsonErrorLocator';

/** Offset where nesting first exceeds `max` levels (strings skipped), or -1. */
const tooDeep = (text: string, max: number): number => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
};

/**
 * JSON.parse within bounds: nesting deeper than `LIMITS.depth` is refused before parsing (so that no
 * later step can overflow the stack), and a syntax error names its line. Keys such as `__proto__`
 * become plain own properties (JSON.parse defines, never assigns); readers copy them with care.
 */
export const parseJsonText = (text: string, file: string): unknown => {
  const deep = tooDeep(text, LIMITS.depth);
  if (deep >= 0)
    throw new ReadError(at(file, lineOf(text, deep)), `nested more than ${LIMITS.depth} levels deep`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const place = locateJsonError(text);
    throw new ReadError(
      at(file, place ? lineOf(text, place.offset) : undefined),
      `not valid JSON: ${place?.reason ?? 'syntax error'}`,
    );
  }
};

/** A plain object of a parsed file (not an array), or undefined. */
export const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Own entries of a parsed object, `__proto__` included as a plain key. */
export const ownEntries = (value: unknown): [string, unknown][] => {
  const record = asRecord(value);
  return record ? Object.keys(record).map((k) => [k, record[k]]) : [];
};

/** An own property of a parsed object (never one inherited from Object.prototype). */
export const own = (value: unknown, key: string): unknown => {
  const record = asRecord(value);
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
};
