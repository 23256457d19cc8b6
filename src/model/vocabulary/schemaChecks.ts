import type { DatasetSchema } from './datasetSchema';

/** A problem with a schema, at a path inside it (`relations.binds.from`). */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Checks the references inside a schema: relation ends, families, facets, attributes, gap axes. */
export const checkSchema = (schema: DatasetSchema): SchemaIssue[] => {
  const issues: SchemaIssue[] = [];
  const types = new Set(schema.types.map((t) => t.id));
  const families = new Set(schema.relationFamilies.map((f) => f.id));
  const sections = new Set(schema.sections.map((s) => s.id));
  const knownType = (path: string, id: string) => {
    if (!types.has(id))
      issues.push({ path, message: `names the type "${id}", which the schema does not declare` });
  };
  const references = schema.types.filter((t) => t.role === 'reference');
  if (references.length > 1)
    issues.push({
      path: 'types',
      message: `only one type may have role: reference (${references.map((t) => t.id).join(', ')})`,
    });
  for (const r of schema.relations) {
    r.from.forEach((t) => knownType(`relations.${r.id}.from`, t));
    r.to.forEach((t) => knownType(`relations.${r.id}.to`, t));
    if (schema.relationFamilies.length > 0 && !families.has(r.family))
      issues.push({ path: `relations.${r.id}.family`, message: `"${r.family}" is not in relation_families` });
  }
  const ranks = new Map<number, string>();
  for (const l of schema.levels) {
    const other = ranks.get(l.rank);
    if (other) issues.push({ path: `levels.${l.id}.rank`, message: `rank ${l.rank} is also ${other}'s` });
    ranks.set(l.rank, l.id);
  }
  for (const a of schema.attributes) knownType(`attributes.${a.id}.type`, a.type);
  for (const f of schema.facets) {
    knownType(`facets.${f.id}.type`, f.type);
    for (const v of f.values)
      for (const s of v.sections)
        if (!sections.has(s))
          issues.push({
            path: `facets.${f.id}.values.${v.id}.sections`,
            message: `"${s}" is not in sections`,
          });
  }
  if (schema.gaps) {
    knownType('gaps.rows', schema.gaps.rows);
    knownType('gaps.cols', schema.gaps.cols);
    schema.gaps.pairings.forEach(({ rows, cols }, i) => {
      knownType(`gaps.pairings.${i}`, rows);
      knownType(`gaps.pairings.${i}`, cols);
    });
    schema.gaps.viaTypes?.forEach((t, i) => knownType(`gaps.via_types.${i}`, t));
    const relations = new Set(schema.relations.map((r) => r.id));
    for (const [key, id] of [
      ['gaps.origin_relation', schema.gaps.originRelation],
      ['gaps.counterpart_relation', schema.gaps.counterpartRelation],
    ] as const)
      if (id && !relations.has(id)) issues.push({ path: key, message: `"${id}" is not in relations` });
    if (schema.gaps.rows === schema.gaps.cols)
      issues.push({ path: 'gaps', message: 'rows and cols must be different types' });
  }
  return issues;
};
