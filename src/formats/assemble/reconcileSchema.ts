import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { evidenceVocabularyIssue } from '../schema/graphShape';
import type { DatasetEdge } from '../types';
import { inferSchema, type InferredRelation, type InferredType } from './inferSchema';
import type { ReportBuilder } from './reportBuilder';

/**
 * A schema the file carries, completed with the types and relations its elements use but it does
 * not declare (reported, coloured like inferred ones); evidence naming levels, sections, certainty
 * or outcomes the schema does not list is reported (kept as it is).
 */
export const reconcileSchema = (
  schema: DatasetSchema,
  types: InferredType[],
  relations: InferredRelation[],
  edges: DatasetEdge[],
  report: ReportBuilder,
): DatasetSchema => {
  const knownTypes = new Set(schema.types.map((t) => t.id));
  const knownRelations = new Set(schema.relations.map((r) => r.id));
  const newTypes = types.filter((t) => !knownTypes.has(t.id));
  const newRelations = relations.filter((r) => !knownRelations.has(r.id));
  for (const t of newTypes)
    report.problem(`type "${t.id}"`, "used by nodes but not in the file's schema: added");
  for (const r of newRelations)
    report.problem(`relation "${r.id}"`, "used by edges but not in the file's schema: added");
  edges.forEach((e) =>
    e.evidence.forEach((item, i) => {
      const issue = evidenceVocabularyIssue(item, schema);
      if (issue) report.problem(`evidence item ${i + 1} of a "${e.relation}" edge`, `${issue}: kept`);
    }),
  );
  if (newTypes.length === 0 && newRelations.length === 0) return schema;
  const extra = inferSchema(schema.title, [...schema.types, ...newTypes], newRelations, {});
  return {
    ...schema,
    types: [...schema.types, ...extra.types.slice(schema.types.length)],
    relations: [...schema.relations, ...extra.relations],
    relationFamilies:
      newRelations.length === 0 || schema.relationFamilies.some((f) => f.id === 'links')
        ? schema.relationFamilies
        : [...schema.relationFamilies, ...extra.relationFamilies],
  };
};
