import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { ReadError } from '../readError';
import { parseDatasetSchema } from '../schema/datasetSchemaShape';
import { parseJsonText } from '../text/jsonText';

/**
 * The schema a file of ours carries (an object, or its JSON text), or undefined when it has none. A
 * schema that is there but broken fails the read: the file claims a vocabulary it does not hold.
 */
export const embeddedSchema = (value: unknown, where: string): DatasetSchema | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseDatasetSchema(typeof value === 'string' ? parseJsonText(value, where) : value);
  if ('issue' in parsed) throw new ReadError(where, `the schema it carries is not valid: ${parsed.issue}`);
  return parsed.schema;
};
