import * as z from 'zod/mini';
import '../zodMessages';

/** What a reader can say is wrong with an evidence item (INDRA-style curation). */
export const FLAG_ERRORS = [
  'not_supported',
  'wrong_direction',
  'wrong_relation',
  'wrong_entity',
  'wrong_level',
  'missing_context',
  'duplicate',
] as const;
export type FlagError = (typeof FLAG_ERRORS)[number];

export const FLAG_LABELS: Record<FlagError, string> = {
  not_supported: 'Not supported by the quote',
  wrong_direction: 'Wrong direction',
  wrong_relation: 'Wrong relation',
  wrong_entity: 'Wrong entity',
  wrong_level: 'Wrong level',
  missing_context: 'Missing context',
  duplicate: 'Duplicate',
};

/** Kinds a curator can apply without judgement: they change one field of the item and move nothing. */
export const APPLICABLE: ReadonlySet<FlagError> = new Set(['wrong_level', 'missing_context']);

const id = z.string().check(z.minLength(1));

/** The proposed change, in graph-data's own terms. */
export const changeSchema = z.strictObject({
  level: z.optional(id),
  relation: z.optional(id),
  from: z.optional(id),
  to: z.optional(id),
  /** Entities the quote names that the item should list in `involves`. */
  involves: z.optional(z.array(id)),
  /** Remove the item from this claim (not supported; a duplicate). */
  remove: z.optional(z.literal(true)),
  /** For a duplicate: the edge that holds the same statement. */
  duplicate_of: z.optional(id),
});

/** One flag: the claim, the item (identified by its quote, section and references), the error, the change. */
export const flagSchema = z.strictObject({
  id,
  edge: id,
  from: id,
  relation: id,
  to: id,
  item: z.strictObject({
    quote: z.string().check(z.minLength(1)),
    section: id,
    refs: z.array(z.number()),
    level: z.optional(id),
    index: z.number().check(z.int(), z.nonnegative()),
  }),
  error: z.enum(FLAG_ERRORS),
  note: z.string(),
  change: changeSchema,
  created: z.string(),
});

export type Flag = z.infer<typeof flagSchema>;
export type FlagChange = z.infer<typeof changeSchema>;

/** The change a flag proposes by default, from its kind (the form lets the reader refine it). */
export const defaultChange = (error: FlagError): FlagChange =>
  error === 'not_supported' || error === 'duplicate' ? { remove: true } : {};
