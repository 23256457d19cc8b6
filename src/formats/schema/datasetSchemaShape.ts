import * as z from 'zod/mini';
import { LEVEL_ROLES, NODE_SHAPES, OUTCOME_DIRECTIONS } from '../../model/vocabulary/schemaFile';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { checkSchema } from '../../model/vocabulary/schemaChecks';
import { firstIssue } from './graphShape';

/**
 * The normalised `DatasetSchema` (src/model/vocabulary/datasetSchema.ts) as a file carries it: in our
 * bundle (`graph.attributes.schema`), JGF metadata and the `schema_json` of our GraphML and Cytoscape
 * exports. Loose objects, so that a schema from a newer version with more fields still reads.
 */
const text = z.string().check(z.minLength(1));
const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c'));
const labelled = z.looseObject({ id: text, label: z.string() });

const schemaShape = z.looseObject({
  id: text,
  title: z.string(),
  description: z.optional(z.string()),
  source: z.optional(
    z.looseObject({
      title: z.string(),
      authors: z.array(z.string()),
      journal: z.optional(z.string()),
      year: z.optional(z.number()),
      volume: z.optional(z.string()),
      issue: z.optional(z.string()),
      pages: z.optional(z.string()),
      doi: z.optional(z.string()),
      citation: z.string(),
      short: z.string(),
    }),
  ),
  types: z.array(
    z.looseObject({
      id: text,
      label: z.string(),
      plural: z.string(),
      colour,
      ink: colour,
      shape: z.enum(NODE_SHAPES),
      layer: z.number().check(z.int(), z.nonnegative()),
      description: z.string(),
      role: z.optional(z.enum(['reference'])),
    }),
  ),
  relationFamilies: z.array(z.looseObject({ id: text, label: z.string(), colour })),
  relations: z.array(
    z.looseObject({
      id: text,
      verb: z.string(),
      family: z.string(),
      from: z.array(z.string()),
      to: z.array(z.string()),
      description: z.string(),
      directed: z.boolean(),
    }),
  ),
  levels: z.array(
    z.looseObject({
      id: text,
      label: z.string(),
      short: z.string(),
      rank: z.number(),
      line: z.enum(['solid', 'dashed', 'dotted']),
      colour,
      cellFill: colour,
      cellInk: colour,
      description: z.string(),
      role: z.enum(LEVEL_ROLES),
    }),
  ),
  outcomes: z.array(z.looseObject({ id: text, label: z.string(), direction: z.enum(OUTCOME_DIRECTIONS) })),
  // A value without a role (a schema written before roles) reads as a finding, as in schema.yaml.
  certainty: z.array(
    z.looseObject({
      id: text,
      label: z.string(),
      description: z.optional(z.string()),
      role: z._default(z.enum(['finding', 'hedge', 'prospect', 'contradiction']), 'finding'),
    }),
  ),
  sections: z.array(z.looseObject({ id: text, title: z.string() })),
  attributes: z.array(
    z.looseObject({
      id: text,
      type: z.string(),
      label: z.string(),
      required: z.boolean(),
      values: z.array(labelled),
    }),
  ),
  facets: z.array(
    z.looseObject({
      id: text,
      label: z.string(),
      all: z.string(),
      type: z.string(),
      values: z.array(
        z.looseObject({
          id: text,
          label: z.string(),
          sections: z.array(z.string()),
          column: z.optional(z.string()),
          counterpart: z.optional(z.string()),
        }),
      ),
    }),
  ),
  gaps: z.optional(
    z.looseObject({
      rows: z.string(),
      cols: z.string(),
      pairings: z.array(z.looseObject({ rows: z.string(), cols: z.string(), label: z.string() })),
      originRelation: z.optional(z.string()),
      counterpartRelation: z.optional(z.string()),
      viaTypes: z.optional(z.array(z.string())),
    }),
  ),
});

/** A schema value read from a file: the schema, or a one-line reason it cannot be used. */
export const parseDatasetSchema = (value: unknown): { schema: DatasetSchema } | { issue: string } => {
  const parsed = schemaShape.safeParse(value);
  if (!parsed.success) return { issue: firstIssue(parsed.error) };
  const schema = parsed.data as DatasetSchema;
  const problems = checkSchema(schema);
  const first = problems[0];
  if (first) return { issue: `${first.path}: ${first.message}` };
  if (new Set(schema.types.map((t) => t.id)).size !== schema.types.length)
    return { issue: 'types: an id is declared twice' };
  if (new Set(schema.relations.map((r) => r.id)).size !== schema.relations.length)
    return { issue: 'relations: an id is declared twice' };
  return { schema };
};
