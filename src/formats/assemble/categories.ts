import { LIMITS } from '../limits';
import { findAttribute } from './attributes';

export interface Categories {
  /** The attribute as the file spells it. */
  key: string;
  /** The value per element index (undefined where the element has none). */
  values: (string | undefined)[];
  distinct: string[];
}

const asCategory = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim() !== '' && value.length <= 80) || typeof value === 'number'
    ? String(value).trim()
    : undefined;

/**
 * The first attribute among `keys` that sorts the elements into a few categories: at most
 * `LIMITS.categories` distinct short values, each used twice on average (unless the file is tiny).
 * A `label` on every edge, all different, names edges, not relations, and is passed over.
 */
export const findCategories = (
  elements: readonly Map<string, unknown>[],
  keys: readonly string[],
): Categories | undefined => {
  for (const wanted of keys) {
    let key: string | undefined;
    const values = elements.map((attributes) => {
      const found = findAttribute(attributes, [wanted]);
      if (!found) return undefined;
      key ??= found.key;
      return asCategory(found.value);
    });
    if (key === undefined) continue;
    const distinct = [...new Set(values.filter((v): v is string => v !== undefined))];
    const used = values.filter((v) => v !== undefined).length;
    if (distinct.length === 0 || distinct.length > LIMITS.categories) continue;
    if (used > LIMITS.categories && used < 2 * distinct.length) continue;
    return { key, values, distinct };
  }
  return undefined;
};
