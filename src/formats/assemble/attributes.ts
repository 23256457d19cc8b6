import { LIMITS } from '../limits';
import { shorten } from '../readError';
import type { ReportBuilder } from './reportBuilder';

/** Keys that would change an object's prototype if assigned; dropped from every file. */
const PROTOTYPE_KEYS = new Set(['__proto__']);

/**
 * An element's attributes within bounds: no `__proto__` key, at most `LIMITS.attributes` of them, no
 * value longer than `LIMITS.valueChars`. What is left out is reported with the element and place.
 */
export const boundedAttributes = (
  attributes: Map<string, unknown>,
  what: string,
  where: string,
  report: ReportBuilder,
): Map<string, unknown> => {
  const kept = new Map<string, unknown>();
  for (const [key, value] of attributes) {
    if (PROTOTYPE_KEYS.has(key)) {
      report.drop(
        `${what}: attribute "${key}"`,
        'a key named __proto__ could change what every object inherits',
        where,
      );
      continue;
    }
    if (kept.size >= LIMITS.attributes) {
      report.drop(
        `${what}: attribute "${shorten(key, 40)}"`,
        `more than ${LIMITS.attributes} attributes on one element`,
        where,
      );
      continue;
    }
    if (typeof value === 'string' && value.length > LIMITS.valueChars) {
      report.drop(
        `${what}: attribute "${shorten(key, 40)}"`,
        `a value longer than ${LIMITS.valueChars} characters`,
        where,
      );
      continue;
    }
    kept.set(key, value);
  }
  return kept;
};

/** The first attribute among `keys` (compared without case), with its key as the file spells it. */
export const findAttribute = (
  attributes: Map<string, unknown>,
  keys: readonly string[],
): { key: string; value: unknown } | undefined => {
  for (const wanted of keys)
    for (const [key, value] of attributes)
      if (key.toLowerCase() === wanted && value !== undefined && value !== null && value !== '')
        return { key, value };
  return undefined;
};

/** A null-prototype object of the attributes, for `original` (keys from the file stay plain keys). */
export const toRecord = (attributes: Map<string, unknown>): Record<string, unknown> => {
  const record = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of attributes) record[key] = value;
  return record;
};
