import Graph from 'graphology';
import * as z from 'zod/mini';
import './zodMessages';
import { storySchema, type Story } from './storySchema';
import type { GraphBundle, KnowledgeGraph, Positions } from './types';

/** Shape check of the bundle the build emits (the full validation ran at build time). */
const bundleSchema = z.object({
  graph: z.object({
    attributes: z.record(z.string(), z.unknown()),
    options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    nodes: z.array(
      z.object({ key: z.string(), attributes: z.looseObject({ type: z.string(), label: z.string() }) }),
    ),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.looseObject({
          relation: z.string(),
          evidence: z.array(z.unknown()).check(z.minLength(1)),
        }),
      }),
    ),
  }),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  stories: z.array(storySchema),
});

export interface LoadedGraph {
  graph: KnowledgeGraph;
  positions: Positions;
  stories: Story[];
}

/** Turns the fetched JSON into the graph; throws an Error naming what is wrong. */
export const graphFromBundle = (json: unknown, source = 'review-graph.json'): LoadedGraph => {
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const bundle = json as GraphBundle;
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(bundle.graph);
  return { graph, positions: bundle.positions, stories: bundle.stories };
};
