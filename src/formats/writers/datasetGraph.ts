import type Graph from 'graphology';
import type { Story } from '../../model/storySchema';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { DatasetEdge, DatasetGraphAttributes, DatasetNode, DatasetPositions } from '../types';

/** The graph the writers take: the review's `KnowledgeGraph`, or an imported dataset's graph. */
export type DatasetGraph = Graph<DatasetNode, DatasetEdge, DatasetGraphAttributes>;

/** What `exportDataset` writes: a graph (or a subset of it), its schema, positions and stories. */
export interface ExportInput {
  graph: DatasetGraph;
  schema: DatasetSchema;
  positions?: DatasetPositions | undefined;
  stories?: Story[] | undefined;
  /** Only these nodes and edges (what is on screen); the whole graph when absent. */
  subset?: { nodes: readonly string[]; edges: readonly string[] } | undefined;
}

/** One file a writer produces: `suffix` is added to the chosen name (`.nodes.csv`, `.gexf`). */
export interface WrittenFile {
  suffix: string;
  mime: string;
  text: string;
}
