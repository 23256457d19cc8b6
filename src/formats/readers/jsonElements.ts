import { LIMITS } from '../limits';
import { ReadError } from '../readError';
import { asRecord, ownEntries } from '../text/jsonText';
import type { ReportBuilder } from '../assemble/reportBuilder';

/** A parsed JSON object's own entries as a Map (keys from the file stay plain keys). */
export const entriesMap = (value: unknown, skip: readonly string[] = []): Map<string, unknown> =>
  new Map(ownEntries(value).filter(([k]) => !skip.includes(k)));

/** An id as JSON files give them: a string, or a number written without quotes. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

/** A list the file must have at `path`; a clear failure otherwise. */
export const listAt = (value: unknown, where: string, what: string): unknown[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ReadError(where, `${what} must be a list`);
  if (value.length > LIMITS.nodes + LIMITS.edges)
    throw new ReadError(where, `${what} has ${value.length} items, more than this explorer reads`);
  return value;
};

/** Each item of a list that must be an object; others are dropped and reported. */
export const objectsIn = (
  list: unknown[],
  file: string,
  path: string,
  what: string,
  report: ReportBuilder,
): { item: Record<string, unknown>; where: string }[] =>
  list.flatMap((value, i) => {
    const where = `${file}:${path}[${i}]`;
    const item = asRecord(value);
    if (!item) {
      report.drop(`${what} ${i + 1}`, 'is not an object', where);
      return [];
    }
    return [{ item, where }];
  });

/** Notes keys named __proto__ anywhere in a JSON text: JSON.parse keeps them, the readers drop them. */
export const noteProtoKeys = (text: string, file: string, report: ReportBuilder): void => {
  if (/"__proto__"\s*:/.test(text))
    report.drop('keys named "__proto__"', 'such a key could change what every object inherits', file);
};
