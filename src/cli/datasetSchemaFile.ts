import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { normaliseSchema, type DatasetSchema } from '../model/vocabulary/datasetSchema';
import { schemaFileSchema } from '../model/vocabulary/schemaFile';

/**
 * TEMPORARY — the one place to replace once the loader carries the schema
 * (`graph.getAttribute('schema')`): until then the CLI and the tests read the dataset's schema here,
 * from `<data>/schema.yaml`, or, for a graph-data folder that has none yet (the test fixtures), from
 * the review's `graph-data/schema.yaml`. Throws an Error naming the file on a bad schema.
 */
export const readDatasetSchema = (dataDir = 'graph-data'): DatasetSchema => {
  const own = join(dataDir, 'schema.yaml');
  const file = existsSync(own) ? own : resolve('graph-data/schema.yaml');
  const parsed = schemaFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return normaliseSchema(parsed.data);
};
