import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { applicable, describeChange, sameItem } from '../model/audit/auditPatch';
import type { Flag } from '../model/audit/flags';
import type { RawGraphData } from '../model/rawData';

/** One text edit of a file: replace [start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface AuditOutcome {
  flag: Flag;
  /** Where the item is (file:line), when found. */
  where?: string;
  status: 'applied' | 'listed' | 'not found' | 'refused';
  detail: string;
}

interface Located {
  file: string;
  source: string;
  item: YAMLMap;
  lineOf: (offset: number) => number;
}

type Scalar = { value: unknown; range?: [number, number, number] };

/** Finds the YAML node of the item a flag names (same claim, same statement; its index when twins exist). */
const locate = (
  data: RawGraphData,
  root: string,
  flag: Flag,
  cache: Map<string, { source: string; doc: ReturnType<typeof parseDocument>; lines: LineCounter }>,
): Located | undefined => {
  for (const { value, origin } of data.relations) {
    if (value.from !== flag.from || value.relation !== flag.relation || value.to !== flag.to) continue;
    const matches = value.evidence
      .map((item, i) => [item, i] as const)
      .filter(([item]) => sameItem(item, flag));
    if (matches.length === 0) continue;
    const index = (matches.find(([, i]) => i === flag.item.index) ?? matches[0]!)[1];
    let parsed = cache.get(origin.file);
    if (!parsed) {
      // Problems name files from the folder above graph-data (`graph-data/relations/…`).
      const source = readFileSync(join(root, '..', origin.file), 'utf8');
      const lines = new LineCounter();
      parsed = { source, doc: parseDocument(source, { lineCounter: lines }), lines };
      cache.set(origin.file, parsed);
    }
    const records = parsed.doc.contents as YAMLSeq;
    const record = records.items.find((r) => {
      if (!isMap(r)) return false;
      return r.get('from') === value.from && r.get('relation') === value.relation && r.get('to') === value.to;
    }) as YAMLMap | undefined;
    const evidence = record?.get('evidence', true);
    const item = isSeq(evidence) ? evidence.items[index] : undefined;
    if (!isMap(item)) continue;
    return { file: origin.file, source: parsed.source, item, lineOf: (o) => parsed!.lines.linePos(o).line };
  }
  return undefined;
};

const pairOf = (map: YAMLMap, key: string): Pair<Scalar, Scalar> | undefined =>
  map.items.find((p) => (p.key as Scalar | null)?.value === key) as Pair<Scalar, Scalar> | undefined;

/** The edit that sets `key` of an item (replacing its value, or adding a line in the item's indentation). */
const setKey = (at: Located, key: string, text: string): Edit => {
  const pair = pairOf(at.item, key);
  if (pair?.value?.range) return { start: pair.value.range[0], end: pair.value.range[1], text };
  const first = (at.item.items[0]!.key as Scalar).range![0];
  const indent = first - at.source.lastIndexOf('\n', first - 1) - 1;
  const end = at.item.range![1];
  const line = `${' '.repeat(indent)}${key}: ${text}`;
  return at.source[end - 1] === '\n'
    ? { start: end, end, text: `${line}\n` }
    : { start: end, end, text: `\n${line}` };
};

/**
 * Works out what `kg audit --apply` does with each flag: the edits for the kinds that change one
 * field of the item (a level; entities the quote names, added to `involves`), and, for the rest,
 * where the item is so that a curator can decide. Nothing is written here.
 */
export const planAudit = (
  data: RawGraphData,
  root: string,
  flags: readonly Flag[],
  levels: ReadonlySet<string>,
  hasNode: (id: string) => boolean,
): { outcomes: AuditOutcome[]; edits: Map<string, { source: string; edits: Edit[] }> } => {
  const cache = new Map<
    string,
    { source: string; doc: ReturnType<typeof parseDocument>; lines: LineCounter }
  >();
  const edits = new Map<string, { source: string; edits: Edit[] }>();
  const outcomes: AuditOutcome[] = [];
  for (const flag of flags) {
    const at = locate(data, root, flag, cache);
    if (!at) {
      outcomes.push({
        flag,
        status: 'not found',
        detail: 'no such item on this claim any more (the data changed since the flag)',
      });
      continue;
    }
    const where = `${at.file}:${at.lineOf(at.item.range![0])}`;
    if (!applicable(flag)) {
      outcomes.push({ flag, where, status: 'listed', detail: describeChange(flag) });
      continue;
    }
    const add = (edit: Edit) => {
      const entry = edits.get(at.file) ?? { source: at.source, edits: [] };
      entry.edits.push(edit);
      edits.set(at.file, entry);
    };
    if (flag.error === 'wrong_level') {
      if (!levels.has(flag.change.level!)) {
        outcomes.push({ flag, where, status: 'refused', detail: `unknown level "${flag.change.level}"` });
        continue;
      }
      add(setKey(at, 'level', flag.change.level!));
    } else {
      const unknown = flag.change.involves!.filter((id) => !hasNode(id));
      if (unknown.length > 0) {
        outcomes.push({ flag, where, status: 'refused', detail: `unknown entities: ${unknown.join(', ')}` });
        continue;
      }
      const current = (at.item.get('involves') as YAMLSeq | undefined)?.toJSON?.() as string[] | undefined;
      const next = [...new Set([...(current ?? []), ...flag.change.involves!])];
      add(setKey(at, 'involves', `[${next.join(', ')}]`));
    }
    outcomes.push({ flag, where, status: 'applied', detail: describeChange(flag) });
  }
  return { outcomes, edits };
};

/** A file's text with its edits made (from the end, so offsets stay right). */
export const applyEdits = (source: string, edits: readonly Edit[]): string =>
  [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), source);
