import * as z from 'zod/mini';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { DatasetEvidence } from '../types';

/**
 * The shape of our graph's attributes, with ids as strings: what the lossless formats must hold and
 * what evidence read back from `evidence_json` must look like. zod/mini, so the browser and a worker
 * can load it cheaply. Membership in the dataset's vocabulary (a level the schema declares, …) is
 * checked separately by `vocabularyIssue`, with messages that list the allowed values.
 */
const text = z.string().check(z.minLength(1, 'must not be empty'));
const strings = z.array(z.string());
const positiveInt = z.number().check(z.int(), z.positive());
const original = z.optional(z.record(z.string(), z.unknown()));

export const evidenceShape = z.looseObject({
  quote: text,
  section: z.string(),
  refs: z.array(positiveInt),
  level: z.string(),
  certainty: z.optional(z.string()),
  involves: z.optional(strings),
  with: z.optional(strings),
  measured_in: z.optional(strings),
  species: z.optional(z.string()),
  model: z.optional(z.string()),
  route: z.optional(z.string()),
  design: z.optional(z.string()),
  country: z.optional(z.string()),
  dose: z.optional(z.string()),
  treatments: z.optional(z.string()),
  donor: z.optional(z.string()),
  follow_up: z.optional(z.string()),
  participants: z.optional(z.number().check(z.int(), z.nonnegative())),
  outcome: z.optional(z.string()),
  notes: z.optional(z.string()),
  warnings: z.optional(strings),
});

export const nodeShape = z.looseObject({
  type: text,
  label: z.string(),
  aliases: strings,
  description: z.string(),
  group: z.optional(z.string()),
  broader: z.optional(z.string()),
  warnings: strings,
  family: z.optional(z.string()),
  ref: z.optional(positiveInt),
  authors: z.optional(z.string()),
  title: z.optional(z.string()),
  journal: z.optional(z.string()),
  year: z.optional(z.number().check(z.int())),
  volume_pages: z.optional(z.string()),
  pmid: z.optional(z.string()),
  doi: z.optional(z.string()),
  annotation: z.optional(z.string()),
  pmid_trusted: z.optional(z.boolean()),
  duplicate_of: z.optional(positiveInt),
  original,
});

export const edgeShape = z.looseObject({
  relation: text,
  evidence: z.array(evidenceShape),
  original,
});

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
export const positionShape = z.strictObject({ x: finite, y: finite });

/** The first issue of a failed zod parse as `path: message`. */
export const firstIssue = (error: z.core.$ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'is not valid';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${path.replace(/^\./, '') || 'value'}: ${issue.message}`;
};

const listed = (ids: readonly { id: string }[]): string =>
  ids.length > 8
    ? `${ids
        .slice(0, 8)
        .map((i) => i.id)
        .join(', ')}, …`
    : ids.map((i) => i.id).join(', ');

/** Whether an id belongs to a vocabulary list (an empty list declares nothing, so allows anything). */
const check = (
  value: string | undefined,
  list: readonly { id: string }[],
  what: string,
): string | undefined =>
  value === undefined || list.length === 0 || list.some((i) => i.id === value)
    ? undefined
    : `${what} "${value}" is not in the schema (${listed(list)})`;

/** An evidence item's level, section, certainty and outcome checked against the schema. */
export const evidenceVocabularyIssue = (item: DatasetEvidence, schema: DatasetSchema): string | undefined =>
  check(item.level, schema.levels, 'level') ??
  check(item.section, schema.sections, 'section') ??
  check(item.certainty, schema.certainty, 'certainty') ??
  check(item.outcome, schema.outcomes, 'outcome');

export const typeIssue = (type: string, schema: DatasetSchema): string | undefined =>
  check(type, schema.types, 'type');

export const relationIssue = (relation: string, schema: DatasetSchema): string | undefined =>
  check(relation, schema.relations, 'relation');
