import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { normaliseSchema, type DatasetSchema } from '../../src/model/vocabulary/datasetSchema';
import { schemaFileSchema } from '../../src/model/vocabulary/schemaFile';
import { vocabularyOf, type Vocabulary } from '../../src/model/vocabulary/vocabulary';
import { defaultFilters, type Filters } from '../../src/state/viewTypes';

/** A schema file's text, checked and normalised (throws with zod's message when it is not valid). */
export const schemaFromYaml = (text: string): DatasetSchema =>
  normaliseSchema(z.parse(schemaFileSchema, parse(text)));

let review: DatasetSchema | undefined;

/** The review's schema, graph-data/schema.yaml. */
export const reviewSchema = (): DatasetSchema =>
  (review ??= schemaFromYaml(readFileSync(resolve(__dirname, '../../graph-data/schema.yaml'), 'utf8')));

/** The review's vocabulary (lookups over its schema). */
export const reviewVocabulary = (): Vocabulary => vocabularyOf(reviewSchema());

/** The review's default filters: every drawn type, every level, facet value, section and relation. */
export const DEFAULT_FILTERS = (): Filters => defaultFilters(reviewVocabulary());
