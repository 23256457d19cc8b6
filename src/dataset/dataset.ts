import { storiesOf } from '../model/replay/datasetStories';
import type { Story } from '../model/storySchema';
import type { KnowledgeGraph, Positions } from '../model/types';
import type { DatasetSchema } from '../model/vocabulary/datasetSchema';
import { vocabularyOf, type Vocabulary } from '../model/vocabulary/vocabulary';

/** Where a dataset came from: the build's own graph, or a file or link a reader opened. */
export type DatasetOrigin =
  { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

/**
 * One graph the app can show, as a value: its schema, its graph, its stored positions and its
 * stories. The app holds one at a time; each has its own store of view state.
 */
export interface Dataset {
  /** Stable id: the schema's id for the bundled graph, `file:<name>` for an opened one. */
  id: string;
  /** The graph's own schema (`graph.getAttribute('schema')`), never a copy. */
  schema: DatasetSchema;
  vocabulary: Vocabulary;
  graph: KnowledgeGraph;
  positions: Positions;
  stories: Story[];
  origin: DatasetOrigin;
}

export const makeDataset = (
  graph: KnowledgeGraph,
  positions: Positions,
  stories: Story[],
  origin: DatasetOrigin = { kind: 'bundled' },
): Dataset => {
  const schema = graph.getAttribute('schema');
  return {
    id:
      origin.kind === 'bundled'
        ? schema.id
        : `${origin.kind}:${origin.kind === 'file' ? origin.name : origin.url}`,
    schema,
    vocabulary: vocabularyOf(schema),
    graph,
    positions,
    stories: storiesOf(graph, stories),
    origin,
  };
};
