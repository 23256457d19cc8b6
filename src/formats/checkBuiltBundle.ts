import { graphFromBundle, type LoadedGraph } from '../model/loadBundle';
import type { KnowledgeGraph } from '../model/types';
import type { DatasetSchema } from '../model/vocabulary/datasetSchema';
import { parseDatasetSchema } from './schema/datasetSchemaShape';
import * as z from 'zod/mini';
import {
  evidenceVocabularyIssue,
  firstIssue,
  nodeShape,
  relationIssue,
  typeIssue,
} from './schema/graphShape';
import type { DatasetEvidence } from './types';

/** A built relation: a dataset whose schema has no levels builds evidence items without one. */
const builtEdgeShape = z.looseObject({
  relation: z.string().check(z.minLength(1)),
  evidence: z.array(
    z.looseObject({
      quote: z.string(),
      section: z.string(),
      refs: z.array(z.number()),
      level: z.optional(z.string()),
    }),
  ),
});

/** The first record of the graph its schema does not allow, as `where: what`. */
const firstVocabularyIssue = (graph: KnowledgeGraph, schema: DatasetSchema): string | undefined => {
  for (const key of graph.nodes()) {
    const attributes: unknown = graph.getNodeAttributes(key);
    const shape = nodeShape.safeParse(attributes);
    if (!shape.success) return `entity ${key}: ${firstIssue(shape.error)}`;
    const issue = typeIssue(shape.data.type, schema);
    if (issue) return `entity ${key}: ${issue}`;
  }
  for (const key of graph.edges()) {
    const attributes: unknown = graph.getEdgeAttributes(key);
    const shape = builtEdgeShape.safeParse(attributes);
    if (!shape.success) return `relation ${key}: ${firstIssue(shape.error)}`;
    const issue = relationIssue(shape.data.relation, schema);
    if (issue) return `relation ${key}: ${issue}`;
    for (const [i, item] of shape.data.evidence.entries()) {
      const itemIssue = evidenceVocabularyIssue(item as DatasetEvidence, schema);
      if (itemIssue) return `relation ${key}, evidence ${i + 1}: ${itemIssue}`;
    }
  }
  return undefined;
};

/**
 * The graph the build emitted, checked before anything is drawn: its shape, its schema (the same
 * checks as any opened bundle), and every entity, relation and evidence item against that schema, so
 * that a stale or hand-edited file fails on the error screen with a reason instead of in rendering.
 */
export const checkBuiltBundle = (json: unknown, source: string): LoadedGraph => {
  const loaded = graphFromBundle(json, source);
  const parsed = parseDatasetSchema(loaded.graph.getAttribute('schema'));
  if ('issue' in parsed) throw new Error(`${source}: schema: ${parsed.issue}`);
  const issue = firstVocabularyIssue(loaded.graph, parsed.schema);
  if (issue) throw new Error(`${source}: ${issue}`);
  return loaded;
};
