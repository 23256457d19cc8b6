import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';

/** The verdicts a re-read can give a relation record. */
export const VERDICTS = ['kept', 'changed', 'split', 'merged', 'added', 'removed'] as const;

const entrySchema = z.object({
  edge: z.string(),
  file: z.string(),
  verdict: z.enum(VERDICTS),
  reason: z.string(),
  items: z.number(),
  was: z.optional(z.string()),
});

export type AuditEntry = z.infer<typeof entrySchema> & { group: string };

export interface AuditGroup {
  /** The audit file's name without its extension, e.g. s2.2-2.3. */
  id: string;
  /** The first comment line of the file: what was re-read. */
  title: string;
  entries: AuditEntry[];
}

/** The leading comment of an audit file, up to its first full stop or colon. */
const titleOf = (text: string, id: string): string => {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('#'));
  const comment = lines
    .slice(0, end === -1 ? lines.length : end)
    .map((l) => l.replace(/^#\s?/, '').trim())
    .join(' ');
  const first = /^(.+?)[.:](\s|$)/.exec(comment)?.[1] ?? comment;
  return first.replace(new RegExp(`\\s*\\(${id.replace(/[.]/g, '\\.')}\\)`), '').trim() || `Re-read ${id}`;
};

/** Reads every docs/audit/*.yaml, in file-name order; a malformed entry fails naming its file and index. */
export const readAuditGroups = (folder: string): AuditGroup[] =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.yaml$/, '');
      const text = readFileSync(join(folder, file), 'utf8');
      const rows: unknown = parse(text);
      if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of audit entries`);
      const entries = rows.map((row, i) => {
        const parsed = z.safeParse(entrySchema, row);
        if (!parsed.success) throw new Error(`${file}, entry ${i + 1}: ${z.prettifyError(parsed.error)}`);
        return { ...parsed.data, group: id };
      });
      return { id, title: titleOf(text, id), entries };
    });

/** `from--relation--to@file` for every relation record of graph-data/relations. */
export const relationRecordKeys = (root: string): string[] => {
  const folder = join(root, 'relations');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const rows = parse(readFileSync(join(folder, file), 'utf8')) as {
        from: string;
        relation: string;
        to: string;
      }[];
      return rows.map((r) => `${r.from}--${r.relation}--${r.to}@${root}/relations/${file}`);
    });
};

export const entryKey = (e: Pick<AuditEntry, 'edge' | 'file'>): string => `${e.edge}@${e.file}`;
