import Graph from 'graphology';
import type { ImportedDataset } from '../formats/types';
import type { KnowledgeGraph, Positions } from '../model/types';
import { makeDataset, type Dataset, type DatasetOrigin } from './dataset';

/**
 * An imported dataset (src/formats: the graph in graphology's serialization, its schema, positions
 * laid out by layoutForImport, stories) as the Dataset value the app shows. The schema becomes the
 * graph's `schema` attribute, its one owner, as for the review.
 */
export const datasetFromImport = (
  imported: ImportedDataset,
  positions: Positions,
  origin: DatasetOrigin,
): Dataset => {
  const graph: KnowledgeGraph = new Graph(imported.graph.options);
  graph.import(imported.graph as unknown as Parameters<KnowledgeGraph['import']>[0]);
  graph.setAttribute('schema', imported.schema);
  const placed = Object.create(null) as Positions;
  for (const [id, p] of Object.entries(positions)) placed[id] = p;
  return makeDataset(graph, placed, imported.stories ?? [], origin);
};
