import { isMap, isScalar, visit, type Document, type LineCounter } from 'yaml';
import type { Problem } from '../model/problems';

/**
 * Limits for YAML we read: aliases may be used (graph-data shares lists with `&name`/`*name`), but an
 * alias "bomb" (aliases of aliases, expanding exponentially) stops at this many resolved aliases.
 */
export const MAX_ALIAS_COUNT = 100;

/** Keys that would reach an object's prototype once the YAML becomes a JavaScript object. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One problem per prototype key, at its own line. */
export const prototypeKeyProblems = (file: string, doc: Document, lines: LineCounter): Problem[] => {
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !PROTOTYPE_KEYS.has(String(pair.key.value))) return;
      problems.push({
        severity: 'error',
        file,
        line: pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined,
        message: `"${String(pair.key.value)}" is not allowed as a key (it would reach JavaScript's object prototype)`,
      });
    },
  });
  return problems;
};

/** The line of `key` in the mapping at `path`, or undefined when there is no such key. */
export const keyLine = (
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
  key: string,
): number | undefined => {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  return range ? lines.linePos(range[0]).line : undefined;
};

/** "Missing closing "quote at line 3, column 61:" → "Missing closing "quote (column 61)". */
export const yamlErrorText = (message: string): string => {
  const first = message.split('\n')[0] ?? message;
  const at = / at line \d+, column (\d+):?$/.exec(first);
  return at ? `${first.slice(0, at.index)} (column ${at[1]})` : first;
};
