import * as z from 'zod/mini';
import './zodMessages';
import { QUESTION_KINDS } from './quiz/questionTypes';

/**
 * A guided story: steps that each show a view of the graph with a caption in our own words.
 * Written with zod/mini so the same schema validates graph-data/stories (build time), imported
 * files and the browser's saved drafts without weighing on the start-up script. The schema checks
 * shape only; whether the types, levels, sections and ids it names exist in the dataset is
 * `checkStory`'s job (storyChecks.ts), which knows the dataset's vocabulary.
 */
export const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const id = z.string().check(z.minLength(1));

export const stepViewSchema = z.strictObject({
  /** Entities to bring into focus (highlighted; the camera fits them). */
  focus: z.optional(z.array(id)),
  /** Relations to highlight with them. */
  edges: z.optional(z.array(id)),
  /** Show the neighbourhood of the (single) focused entity to this depth, fading the rest. */
  depth: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3))),
  /** The entity or relation whose panel opens. */
  select: z.optional(id),
  types: z.optional(z.array(id)),
  minLevel: z.optional(id),
  /** A value per facet of the dataset (`therapy: cells`). */
  facets: z.optional(z.record(id, id)),
  sections: z.optional(z.array(id)),
  relations: z.optional(z.array(id)),
  /** Hide entities that no shown relation touches (the replay reveals the graph this way). */
  hideIsolated: z.optional(z.boolean()),
  /** Certainty values shown (`[stated]`: stated findings only). */
  certainty: z.optional(z.array(id)),
  layout: z.optional(z.enum(['default', 'layered', 'concentric', 'force'])),
  path: z.optional(z.tuple([id, id])),
  /** Show the gap map with this pairing and (optionally) this cell. */
  gaps: z.optional(
    z.strictObject({
      rows: id,
      cols: id,
      cell: z.optional(z.tuple([id, id])),
    }),
  ),
  panel: z.optional(z.enum(['details', 'paths', 'references', 'list'])),
  /** The reference whose claims are spotlighted. */
  ref: z.optional(z.number().check(z.int(), z.positive())),
  /** 'fit' (default): fit the focus; 'all': fit everything visible; 'keep': do not move. */
  camera: z.optional(z.enum(['fit', 'all', 'keep'])),
});

/** A multiple-choice question a step asks; what decides it (edges, a path's ends, a gap-map cell) is looked up. */
export const questionSchema = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  prompt: text,
  answer: text,
  distractors: z.array(text).check(z.minLength(1, 'needs at least one wrong answer')),
  edges: z.array(id),
  path: z.optional(z.tuple([id, id])),
  cell: z.optional(z.tuple([id, id])),
});

export const storyStepSchema = z.strictObject({
  title: text,
  /** Short, in our own words; **bold**, *italic* and [label](entity-or-edge-id) links. */
  caption: text,
  notes: z.optional(z.string()),
  view: stepViewSchema,
  /** Quiz: the relation hidden until revealed, so students can predict it first. */
  quiz: z.optional(z.strictObject({ hide: id, prompt: z.optional(z.string()) })),
  /** A question for the class (generated from the graph, then edited by the lecturer). */
  question: z.optional(questionSchema),
});

export const storySchema = z.strictObject({
  id: z.string().check(z.regex(STORY_ID, 'must be lower-case words joined by hyphens')),
  title: text,
  audience: text,
  summary: text,
  steps: z.array(storyStepSchema).check(z.minLength(1, 'needs at least one step')),
});

export type StepView = z.infer<typeof stepViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
