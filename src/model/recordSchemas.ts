import * as z from 'zod/mini';
import './zodMessages';
import type { Vocabulary } from './vocabulary/vocabulary';

/**
 * The zod schemas of graph-data records, built from a dataset's vocabulary: section, level,
 * outcome and certainty values, and each type's declared attributes, are the schema's own.
 * zod/mini, so the browser checks an opened bundle with exactly the rules of the build.
 */

/** Readable slug ids: `type/lower-case-words`, no double hyphens (edge keys use `--`). */
export const ENTITY_ID_PATTERN = /^[a-z_]+\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const entityId = z
  .string()
  .check(z.regex(ENTITY_ID_PATTERN, 'is not a valid id (expected type/slug, e.g. factor/vegf)'));
const oneOf = (values: readonly string[]) =>
  values.length > 0 ? z.enum(values as [string, ...string[]]) : z.never();

export const evidenceSchemaFor = (v: Vocabulary) =>
  z.strictObject({
    quote: text,
    section: v.sections.length > 0 ? oneOf(v.sections.map((s) => s.id)) : text,
    refs: z.array(z.number().check(z.int(), z.positive())),
    // A dataset without evidence levels has items without a level.
    level: v.levels.length > 0 ? oneOf(v.levels.map((l) => l.id)) : z.optional(z.never()),
    // Every item says how certain the source is, when the schema has a certainty vocabulary.
    certainty:
      v.schema.certainty.length > 0 ? oneOf(v.schema.certainty.map((c) => c.id)) : z.optional(z.never()),
    involves: z.optional(z.array(entityId)),
    with: z.optional(z.array(entityId)),
    measured_in: z.optional(z.array(entityId)),
    species: z.optional(text),
    model: z.optional(text),
    route: z.optional(text),
    design: z.optional(text),
    country: z.optional(text),
    dose: z.optional(text),
    treatments: z.optional(text),
    donor: z.optional(text),
    follow_up: z.optional(text),
    participants: z.optional(z.number().check(z.int(), z.positive())),
    outcome: z.optional(oneOf(v.schema.outcomes.map((o) => o.id))),
    notes: z.optional(text),
    warnings: z.optional(z.array(text)),
  });

export const relationRecordSchemaFor = (v: Vocabulary) =>
  z.strictObject({
    from: entityId,
    relation: oneOf(v.relations.map((r) => r.id)),
    to: entityId,
    evidence: z.array(evidenceSchemaFor(v)).check(z.minLength(1, 'needs at least one evidence item')),
  });

/** Relation records are read in two steps so that one bad evidence item does not hide the others. */
export const relationShellSchemaFor = (v: Vocabulary) =>
  z.strictObject({
    from: entityId,
    relation: oneOf(v.relations.map((r) => r.id)),
    to: entityId,
    evidence: z.array(z.unknown()).check(z.minLength(1, 'needs at least one evidence item')),
  });

/** An entity record of `type`: the common fields plus the attributes the schema declares for the type. */
export const entityRecordSchemaFor = (v: Vocabulary, type: string) =>
  z.strictObject({
    id: entityId,
    label: text,
    aliases: z._default(z.array(text), []),
    description: text,
    group: z.optional(text),
    /** A broader entity of the same type (our curated hierarchy, not a claim of the source). */
    broader: z.optional(entityId),
    ...Object.fromEntries(
      v.schema.attributes
        .filter((a) => a.type === type)
        // Optional here: a missing required attribute is reported by checkEntities, in words.
        .map((a) => [a.id, z.optional(oneOf(a.values.map((x) => x.id)))]),
    ),
    warnings: z._default(z.array(text), []),
  });

export const paperRecordSchema = z.strictObject({
  ref: z.number().check(z.int(), z.positive()),
  authors: text,
  title: text,
  journal: z.optional(text),
  year: z.optional(z.number().check(z.int(), z.minimum(1800), z.maximum(2100))),
  volume_pages: z.optional(text),
  pmid: z.optional(z.string().check(z.regex(/^\d{1,9}$/, 'PMID must be digits'))),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.xxxx/…'))),
  annotation: z.optional(text),
  warnings: z._default(z.array(text), []),
});

export const groupsSchemaFor = (v: Vocabulary) =>
  z.partialRecord(
    oneOf(v.types.map((t) => t.id)),
    z.array(z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9_]+$/)), label: text })),
  );

export type EvidenceRecord = z.infer<ReturnType<typeof evidenceSchemaFor>>;
export type RelationRecord = z.infer<ReturnType<typeof relationRecordSchemaFor>>;
export type EntityRecord = z.infer<ReturnType<typeof entityRecordSchemaFor>> & Record<string, unknown>;
export type PaperRecord = z.infer<typeof paperRecordSchema>;
export type GroupsRecord = Record<string, { id: string; label: string }[]>;
