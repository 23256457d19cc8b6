import { z } from 'zod';
import { ENTITY_TYPE_IDS } from './entityTypes';
import { CERTAINTY_IDS, LEVEL_IDS, OUTCOME_IDS, SECTION_IDS, STRATEGY_FAMILY_IDS } from './evidence';
import { RELATION_IDS } from './relations';

/** Readable slug ids: `type/lower-case-words`, no double hyphens (edge keys use `--`). */
export const ENTITY_ID_PATTERN = /^[a-z_]+\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');
const entityId = z
  .string()
  .regex(ENTITY_ID_PATTERN, 'is not a valid id (expected type/slug, e.g. factor/vegf)');

export const evidenceSchema = z.strictObject({
  quote: text,
  section: z.enum(SECTION_IDS),
  refs: z.array(z.number().int().positive()),
  level: z.enum(LEVEL_IDS),
  certainty: z.enum(CERTAINTY_IDS).optional(),
  involves: z.array(entityId).optional(),
  with: z.array(entityId).optional(),
  measured_in: z.array(entityId).optional(),
  species: text.optional(),
  model: text.optional(),
  route: text.optional(),
  design: text.optional(),
  country: text.optional(),
  dose: text.optional(),
  treatments: text.optional(),
  donor: text.optional(),
  follow_up: text.optional(),
  participants: z.number().int().positive().optional(),
  outcome: z.enum(OUTCOME_IDS).optional(),
  notes: text.optional(),
  warnings: z.array(text).optional(),
});

export const relationRecordSchema = z.strictObject({
  from: entityId,
  relation: z.enum(RELATION_IDS),
  to: entityId,
  evidence: z.array(evidenceSchema).min(1, 'needs at least one evidence item'),
});

/** Relation records are read in two steps so that one bad evidence item does not hide the others. */
export const relationShellSchema = relationRecordSchema.extend({
  evidence: z.array(z.unknown()).min(1, 'needs at least one evidence item'),
});

export const entityRecordSchema = z.strictObject({
  id: entityId,
  label: text,
  aliases: z.array(text).default([]),
  description: text,
  group: text.optional(),
  /** A broader entity of the same type (our curated hierarchy, not a claim of the review). */
  broader: entityId.optional(),
  family: z.enum(STRATEGY_FAMILY_IDS).optional(),
  warnings: z.array(text).default([]),
});

export const paperRecordSchema = z.strictObject({
  ref: z.number().int().positive(),
  authors: text,
  title: text,
  journal: text.optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  volume_pages: text.optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/, 'PMID must be digits')
    .optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.xxxx/…')
    .optional(),
  annotation: text.optional(),
  warnings: z.array(text).default([]),
});

export const groupsSchema = z.partialRecord(
  z.enum(ENTITY_TYPE_IDS),
  z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9_]+$/), label: text })),
);

export const reviewMetaSchema = z.strictObject({
  title: text,
  citation: text,
  doi: text,
});

export type EvidenceRecord = z.infer<typeof evidenceSchema>;
export type RelationRecord = z.infer<typeof relationRecordSchema>;
export type EntityRecord = z.infer<typeof entityRecordSchema>;
export type PaperRecord = z.infer<typeof paperRecordSchema>;
export type GroupsRecord = z.infer<typeof groupsSchema>;
export type ReviewMeta = z.infer<typeof reviewMetaSchema>;
