import type { Story } from '../../model/storySchema';
import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { DatasetPositions } from '../types';
import type { DatasetGraph } from './datasetGraph';

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * graphology's serialization, exactly as `kg export --format graphology` has always written it:
 * the graph's `schema` attribute (once the loader carries it) is left out, so the output stays
 * byte-identical; the `json` bundle keeps it.
 */
export const writeGraphology = (graph: DatasetGraph): string => {
  const serialized = graph.export();
  if (serialized.attributes && 'schema' in serialized.attributes) {
    const { schema: _schema, ...attributes } = serialized.attributes as Record<string, unknown>;
    return pretty({ ...serialized, attributes });
  }
  return pretty(serialized);
};

/**
 * Our bundle, lossless: the graph (graphology's serialization) with the schema in its attributes,
 * positions and stories; what the app loads and `readBundle` reads back.
 */
export const writeBundle = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
  stories?: Story[],
): string => {
  const serialized = graph.export();
  return pretty({
    graph: { ...serialized, attributes: { ...serialized.attributes, schema } },
    positions: positions ?? {},
    stories: stories ?? [],
  });
};
