import * as z from 'zod/mini';
import '../zodMessages';
import { edgeKey } from '../ids';
import { normaliseForMatch } from '../quotes';
import type { EvidenceItem, KnowledgeGraph } from '../types';
import { APPLICABLE, flagSchema, FLAG_LABELS, type Flag, type FlagChange, type FlagError } from './flags';

/** The file a curator receives: graph-data's own terms, one entry per flag. */
export const patchSchema = z.strictObject({
  version: z.literal(1),
  dataset: z.string(),
  flags: z.array(flagSchema),
});
export type AuditPatch = z.infer<typeof patchSchema>;

export const PATCH_HEADER = `# Evidence audit: claims a reader flagged in the app, each with the edge (from, relation, to), the
# evidence item (its quote, section and references as in graph-data/relations) and the proposed change.
# \`npm run kg -- audit --apply FILE\` applies the kinds that change one field of the item (wrong level,
# missing context with the entities to add) and lists the rest for a curator to decide.
`;

export const auditPatch = (datasetId: string, flags: readonly Flag[]): AuditPatch => ({
  version: 1,
  dataset: datasetId,
  flags: [...flags],
});

/** Whether an item is the one a flag names: same section, quote (typography aside) and references. */
export const sameItem = (item: Pick<EvidenceItem, 'quote' | 'section' | 'refs'>, flag: Flag): boolean =>
  item.section === flag.item.section &&
  normaliseForMatch(item.quote) === normaliseForMatch(flag.item.quote) &&
  item.refs.join(',') === flag.item.refs.join(',');

/** A flag for item `index` of an edge, with the change the reader proposes. */
export const makeFlag = (
  graph: KnowledgeGraph,
  edge: string,
  index: number,
  error: FlagError,
  change: FlagChange,
  note: string,
  now = new Date(),
): Flag => {
  const item = graph.getEdgeAttribute(edge, 'evidence')[index]!;
  const from = graph.source(edge);
  const to = graph.target(edge);
  const relation = graph.getEdgeAttribute(edge, 'relation');
  return {
    id: `${edgeKey(from, relation, to)}#${index}@${now.getTime().toString(36)}`,
    edge,
    from,
    relation,
    to,
    item: {
      quote: item.quote,
      section: item.section,
      refs: [...item.refs],
      ...(item.level !== undefined ? { level: item.level } : {}),
      index,
    },
    error,
    note,
    change,
    created: now.toISOString(),
  };
};

/** What a flag proposes, in words (the audit view and `kg audit` print it). */
export const describeChange = (flag: Flag): string => {
  const c = flag.change;
  const parts: string[] = [];
  if (c.remove)
    parts.push(
      c.duplicate_of ? `remove (duplicate of ${c.duplicate_of})` : 'remove the item from this claim',
    );
  if (c.level) parts.push(`level ${flag.item.level ?? '(none)'} → ${c.level}`);
  if (c.relation) parts.push(`relation ${flag.relation} → ${c.relation}`);
  if (c.from) parts.push(`from ${flag.from} → ${c.from}`);
  if (c.to) parts.push(`to ${flag.to} → ${c.to}`);
  if (flag.error === 'wrong_direction' && !c.from && !c.to) parts.push(`swap: ${flag.to} → ${flag.from}`);
  if (c.involves?.length) parts.push(`add to involves: ${c.involves.join(', ')}`);
  return `${FLAG_LABELS[flag.error]}${parts.length ? `: ${parts.join('; ')}` : ''}`;
};

/** Whether `kg audit --apply` changes the item itself, or leaves the flag to a curator. */
export const applicable = (flag: Flag): boolean =>
  APPLICABLE.has(flag.error) &&
  (flag.error === 'wrong_level' ? !!flag.change.level : (flag.change.involves?.length ?? 0) > 0);
