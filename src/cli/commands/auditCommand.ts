import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { applyEdits, planAudit } from '../../io/applyAudit';
import { loadGraph } from '../../io/loadGraph';
import { patchSchema } from '../../model/audit/auditPatch';
import { errorsOf, formatProblem } from '../../model/problems';
import { vocabOf } from '../../model/vocabOf';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';

/**
 * `kg audit --apply FILE [--dry-run]`: applies an audit patch exported from the app. The kinds that
 * change one field of an item are written into graph-data (the result is validated, and nothing is
 * kept if it is not valid); the others are listed with where the item is, for a curator.
 */
export const runAudit = (options: Options): number => {
  const file = options.apply;
  if (!file) throw new CliError('audit needs --apply FILE (an audit patch exported from the app)');
  if (!existsSync(file)) throw new CliError(`--apply file not found: ${file}`);
  let patch: z.infer<typeof patchSchema>;
  try {
    const parsed = patchSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      console.error(`${file}: not an audit patch: ${issue.path.join('.')}: ${issue.message}`);
      return 1;
    }
    patch = parsed.data;
  } catch (error) {
    console.error(`${file}: not YAML: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const root = resolve(options.data);
  const v = vocabOf(loaded.graph);
  const { outcomes, edits } = planAudit(
    loaded.data,
    root,
    patch.flags,
    new Set(v.levels.map((l) => l.id)),
    (id) => loaded.graph.hasNode(id),
  );
  const dry = options['dry-run'] === 'true';
  if (!dry && edits.size > 0) {
    const before = new Map([...edits.keys()].map((f) => [f, readFileSync(join(root, '..', f), 'utf8')]));
    for (const [f, { source, edits: list }] of edits)
      writeFileSync(join(root, '..', f), applyEdits(source, list));
    const errors = errorsOf(loadGraph(root).problems);
    if (errors.length > 0) {
      for (const [f, text] of before) writeFileSync(join(root, '..', f), text);
      console.error(`the patched data would not be valid, so nothing was changed:`);
      for (const p of errors) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
  }
  const line = (o: (typeof outcomes)[number]) =>
    `  ${o.where ?? '?'}  ${o.flag.edge}  ${o.detail}${o.flag.note ? ` — “${o.flag.note}”` : ''}`;
  const section = (status: string, title: string) => {
    const list = outcomes.filter((o) => o.status === status);
    if (list.length === 0) return;
    console.log(`${title} (${list.length}):`);
    list.forEach((o) => console.log(line(o)));
  };
  section('applied', dry ? 'would apply' : 'applied');
  section('listed', 'for a curator to decide');
  section('refused', 'not applied');
  section('not found', 'not found');
  return outcomes.some((o) => o.status === 'not found' || o.status === 'refused') ? 1 : 0;
};
