import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../model/problems';
import type { Located, Origin } from '../model/rawData';
import { issueProblems, withoutUnknownKeys } from './issueProblems';
import { keyLine, MAX_ALIAS_COUNT, prototypeKeyProblems, yamlErrorText } from './yamlSafety';

export { describeIssue } from './issueProblems';

/** A parsed YAML file that can tell the line of any node path. */
export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** The document as plain data (aliases resolved, at most MAX_ALIAS_COUNT of them). */
  value: unknown;
  lineAt: (path: readonly (string | number)[]) => number;
  /** The line of a key of the mapping at `path`. */
  keyLineAt: (path: readonly (string | number)[], key: string) => number | undefined;
}

/**
 * Parses one file, or reports why it cannot be used (and returns undefined): its first YAML error only
 * (the rest usually follow from it), prototype keys, or aliases that expand too far.
 */
export const parseYamlFile = (file: string, source: string, problems: Problem[]): YamlFile | undefined => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const [first, ...rest] = doc.errors;
  if (first) {
    const more = rest.length > 0 ? ` (and ${rest.length} more error(s) that probably follow from it)` : '';
    problems.push({
      severity: 'error',
      file,
      line: first.linePos?.[0]?.line,
      message: `YAML syntax: ${yamlErrorText(first.message)}${more}`,
    });
    return undefined;
  }
  const unsafe = prototypeKeyProblems(file, doc, lineCounter);
  if (unsafe.length > 0) {
    problems.push(...unsafe);
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push({
      severity: 'error',
      file,
      message: `YAML aliases expand too far (${(error as Error).message}; at most ${MAX_ALIAS_COUNT} are resolved)`,
    });
    return undefined;
  }
  const lineAt = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const keyLineAt = (path: readonly (string | number)[], key: string) => keyLine(doc, lineCounter, path, key);
  return { file, doc, value, lineAt, keyLineAt };
};

/**
 * Validates every item of a top-level YAML sequence with `schema`; reports each failing
 * item with its line and (when it has one) its id, and returns the valid ones.
 */
export const readSequence = <S extends z.core.$ZodType>(
  yaml: YamlFile,
  schema: S,
  idOf: (raw: Record<string, unknown>) => string | undefined,
  problems: Problem[],
): Located<z.infer<S>>[] => {
  const { doc, file } = yaml;
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'expected a list of records (each starting with "- ")',
    });
    return [];
  }
  const items = yaml.value as unknown[];
  const out: Located<z.infer<S>>[] = [];
  items.forEach((raw, index) => {
    const origin: Origin = {
      file,
      line: yaml.lineAt([index]),
      lineOf: (path) => yaml.lineAt([index, ...path]),
    };
    const id = isMap(doc.contents && isSeq(doc.contents) ? doc.contents.items[index] : undefined)
      ? idOf(raw as Record<string, unknown>)
      : undefined;
    let parsed = z.safeParse(schema, raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          ...issueProblems(issue, { file, id }, origin.lineOf, (path, key) =>
            yaml.keyLineAt([index, ...path], key),
          ),
        );
      // A record whose only fault is an unknown key is kept (its error stands), so nothing else fails.
      const stripped = withoutUnknownKeys(raw, parsed.error.issues);
      if (stripped === undefined) return;
      parsed = z.safeParse(schema, stripped);
      if (!parsed.success) return;
    }
    out.push({ value: parsed.data, origin });
  });
  return out;
};

/** Validates a top-level mapping (review.yaml, groups.yaml). */
export const readMapping = <S extends z.core.$ZodType>(
  yaml: YamlFile,
  schema: S,
  problems: Problem[],
): z.infer<S> | undefined => {
  const raw = yaml.value ?? {};
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push(...issueProblems(issue, { file: yaml.file }, yaml.lineAt, yaml.keyLineAt));
  // Only unknown keys: report them and use the rest, so that nothing that relies on it fails too.
  const stripped = withoutUnknownKeys(raw, parsed.error.issues);
  const retry = stripped === undefined ? undefined : z.safeParse(schema, stripped);
  return retry?.success ? retry.data : undefined;
};
