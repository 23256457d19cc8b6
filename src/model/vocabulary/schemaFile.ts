import * as z from 'zod/mini';
import '../zodMessages';

/**
 * The shape of a dataset's `schema.yaml`: what the app, the validator and the command line know
 * about the data. Written with zod/mini so that the browser can check an opened file's schema
 * with the same rules as the build. Keys are snake_case in the file; `normaliseSchema` turns the
 * file into the `DatasetSchema` value the graph carries.
 */
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const slug = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and _'));
const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c'));

/** What kind of evidence a level is (see `role` below). */
export const LEVEL_ROLES = ['clinical', 'in_vivo', 'ex_vivo', 'in_vitro', 'statement'] as const;
/** Which way an outcome points (see `direction` below). */
export const OUTCOME_DIRECTIONS = ['benefit', 'no_benefit', 'mixed', 'harm', 'neutral'] as const;

export const NODE_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'barrel',
  'rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

const typeFileSchema = z.strictObject({
  label: text,
  plural: text,
  colour,
  /** Text colour that stays readable on `colour`. */
  ink: colour,
  shape: z.enum(NODE_SHAPES),
  /** Column in the left-to-right structured layout. */
  layer: z.number().check(z.int(), z.nonnegative()),
  description: text,
  /** `reference`: the type of the source's references (cited through `refs`, never drawn). */
  role: z.optional(z.enum(['reference'])),
});

const relationFileSchema = z.strictObject({
  /** Verb phrase of claim sentences: "Hypoxic preconditioning increases VEGF". */
  verb: text,
  family: slug,
  from: z.array(slug).check(z.minLength(1)),
  to: z.array(slug).check(z.minLength(1)),
  description: text,
  /** False for a symmetric link (drawn without an arrow; paths may follow it both ways). */
  directed: z._default(z.boolean(), true),
});

const levelFileSchema = z.strictObject({
  label: text,
  short: text,
  /** Higher is stronger. */
  rank: z.number().check(z.int(), z.positive()),
  /** Edge line style on the canvas. */
  line: z.enum(['solid', 'dashed', 'dotted']),
  colour,
  /** Fill and text of a gap-map cell whose strongest evidence is this level. */
  cell_fill: colour,
  cell_ink: colour,
  description: text,
  /**
   * What kind of evidence the level is, for rules that must hold in any dataset (a translation gap
   * has pre-clinical evidence but none clinical; a thin spot has nothing in vivo): `clinical` (in
   * patients), `in_vivo` (in animals), `ex_vivo`, `in_vitro`, or `statement` (asserted without a
   * primary study).
   */
  role: z.enum(LEVEL_ROLES),
});

const outcomeFileSchema = z.strictObject({
  label: text,
  /** Which way the outcome points: outcomes of opposite directions on one claim disagree. */
  direction: z.enum(OUTCOME_DIRECTIONS),
});

const facetFileSchema = z.strictObject({
  label: text,
  /** What the filter calls "every value" ("MSCs and exosomes"). */
  all: z.optional(text),
  /** Entities of this type name their kind by their `group`. */
  type: slug,
  values: z.record(
    slug,
    z.strictObject({
      label: text,
      sections: z._default(z.array(text), []),
      /** Column name of the value's item count in gap-map CSV exports (default `<value>_items`). */
      column: z.optional(slug),
      /** How a candidate gap names an entity of this value as the counterpart ("the cell version"). */
      counterpart: z.optional(text),
    }),
  ),
});

const attributeFileSchema = z.strictObject({
  /** The entity type that carries the attribute. */
  type: slug,
  label: text,
  required: z._default(z.boolean(), false),
  values: z.record(slug, text),
});

/**
 * A certainty value: its label, or the label with what it means and its role (`finding`: a result
 * or fact as the source states it; `hedge`: "suggested", "may"; `prospect`: a plan or recommendation;
 * `contradiction`: the opposite or no effect). Filters and the canvas tell findings from the rest by
 * the role, never by the id; a value given as a bare label is a finding.
 */
const certaintyFileSchema = z.union([
  text,
  z.strictObject({
    label: text,
    description: z.optional(text),
    role: z._default(z.enum(['finding', 'hedge', 'prospect', 'contradiction']), 'finding'),
  }),
]);

const sourceFileSchema = z.strictObject({
  title: text,
  authors: z.array(text),
  journal: z.optional(text),
  year: z.optional(z.number().check(z.int())),
  volume: z.optional(text),
  issue: z.optional(text),
  pages: z.optional(text),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.xxxx/…'))),
  /** The citation as printed in handouts. */
  citation: text,
  /** A short name: "Adelipour et al. 2023". */
  short: text,
});

export const schemaFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')),
  title: text,
  description: z.optional(text),
  source: z.optional(sourceFileSchema),
  types: z.record(slug, typeFileSchema),
  relation_families: z._default(z.record(slug, z.strictObject({ label: text, colour })), {}),
  relations: z.record(slug, relationFileSchema),
  levels: z._default(z.record(slug, levelFileSchema), {}),
  outcomes: z._default(z.record(slug, outcomeFileSchema), {}),
  certainty: z._default(z.record(slug, certaintyFileSchema), {}),
  sections: z._default(z.array(z.strictObject({ id: text, title: text })), []),
  attributes: z._default(z.record(slug, attributeFileSchema), {}),
  facets: z._default(z.record(slug, facetFileSchema), {}),
  gaps: z.optional(
    z.strictObject({
      rows: slug,
      cols: slug,
      /** The pairings the gap map offers, as [rows, cols]. */
      pairings: z._default(z.array(z.strictObject({ rows: slug, cols: slug, label: text })), []),
      /** A relation from a tissue to a preparation: evidence naming the preparation counts for its tissue. */
      origin_relation: z.optional(slug),
      /** A relation between two forms of the same agent (cells secrete vesicles): counterparts for candidate gaps. */
      counterpart_relation: z.optional(slug),
      /** The types a candidate gap's chain of statements may pass through (default: every drawn type). */
      via_types: z.optional(z.array(slug)),
    }),
  ),
});

export type SchemaFile = z.infer<typeof schemaFileSchema>;
