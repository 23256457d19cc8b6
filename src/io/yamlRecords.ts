import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../model/problems';
import type { Located, Origin } from '../model/rawData';

/** A parsed YAML file that can tell the line of any node path. */
export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lineAt: (path: readonly (string | number)[]) => number;
}

export const parseYamlFile = (file: string, source: string, problems: Problem[]): YamlFile | undefined => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  for (const error of doc.errors) {
    problems.push({
      severity: 'error',
      file,
      line: error.linePos?.[0]?.line,
      message: `YAML syntax: ${firstLine(error.message)}`,
    });
  }
  if (doc.errors.length > 0) return undefined;
  const lineAt = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file, doc, lineAt };
};

const firstLine = (message: string): string => message.split('\n')[0] ?? message;

/** A readable "field: message" for a zod issue. */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
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
  const items = doc.toJS() as unknown[];
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
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          severity: 'error',
          file,
          line: origin.lineOf(issue.path as (string | number)[]),
          id,
          message: describeIssue(issue),
        });
      }
      return;
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
  const parsed = z.safeParse(schema, yaml.doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      severity: 'error',
      file: yaml.file,
      line: yaml.lineAt(issue.path as (string | number)[]),
      message: describeIssue(issue),
    });
  }
  return undefined;
};
