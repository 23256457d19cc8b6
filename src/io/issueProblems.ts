import type { z } from 'zod';
import type { Problem } from '../model/problems';

type Path = readonly (string | number)[];

/** A readable "field: message" for a zod issue. */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
};

/**
 * The problems for one zod issue. An unknown key is reported once per key, at the key's own line
 * (`keyLine`; zod reports them together, at the line of the record that holds them).
 */
export const issueProblems = (
  issue: z.core.$ZodIssue,
  base: Pick<Problem, 'file' | 'id'>,
  lineOf: (path: Path) => number,
  keyLine: (path: Path, key: string) => number | undefined = (path, key) => lineOf([...path, key]),
): Problem[] => {
  const path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      severity: 'error',
      ...base,
      line: keyLine(path, key) ?? lineOf(path),
      message: describeIssue({ ...issue, message: `Unrecognized key: "${key}"` }),
    }));
  return [{ severity: 'error', ...base, line: lineOf(path), message: describeIssue(issue) }];
};

/**
 * When a value's only issues are unknown keys, the value without them (so that a misspelt key does not
 * also drop the record and make every reference to it an error); otherwise undefined. The unknown keys
 * are still reported as errors.
 */
export const withoutUnknownKeys = (value: unknown, issues: readonly z.core.$ZodIssue[]): unknown => {
  if (!issues.every((i) => i.code === 'unrecognized_keys')) return undefined;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const issue of issues) {
    let target: unknown = copy;
    for (const step of issue.path) target = (target as Record<PropertyKey, unknown> | undefined)?.[step];
    if (target && typeof target === 'object' && issue.code === 'unrecognized_keys')
      for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
  }
  return copy;
};
