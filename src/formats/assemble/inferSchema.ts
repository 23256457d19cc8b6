import type { DatasetSchema, RelationInfo, TypeInfo } from '../../model/vocabulary/datasetSchema';
import { lookFor } from './palette';
import { slugFor } from './slug';

export interface InferredType {
  id: string;
  /** The file's own value ("Gene product"), or a generic label. */
  label: string;
  role?: 'reference';
}

export interface InferredRelation {
  id: string;
  verb: string;
  from: Set<string>;
  to: Set<string>;
  directed: boolean;
}

/**
 * A schema for a file that brings none: its types and relations as found, coloured from the
 * Okabe–Ito palette (shapes cycling too), no levels, sections or facets. `source` names the
 * attribute the types or relations were read from, for the descriptions.
 */
export const inferSchema = (
  title: string,
  types: InferredType[],
  relations: InferredRelation[],
  source: { types?: string; relations?: string },
): DatasetSchema => {
  const typeInfo: TypeInfo[] = types.map((t, n) => ({
    id: t.id,
    label: t.label,
    plural: t.label,
    ...lookFor(n),
    layer: n,
    description: source.types
      ? `Nodes whose "${source.types}" is "${t.label}".`
      : 'Every node of the file (it names no node types).',
    ...(t.role ? { role: t.role } : {}),
  }));
  const order = new Map(types.map((t, i) => [t.id, i]));
  const sorted = (ids: Set<string>) => [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const relationInfo: RelationInfo[] = relations.map((r) => ({
    id: r.id,
    verb: r.verb,
    family: 'links',
    from: sorted(r.from),
    to: sorted(r.to),
    description: source.relations
      ? `Edges whose "${source.relations}" is "${r.verb}".`
      : 'Every edge of the file (it names no relation types).',
    directed: r.directed,
  }));
  return {
    id: slugFor(title, new Set(), 'dataset').replace(/_/g, '-'),
    title,
    description: 'Inferred from the file: it carries no schema of its own.',
    types: typeInfo,
    relationFamilies: [{ id: 'links', label: 'Links', colour: '#6b6b6b' }],
    relations: relationInfo,
    levels: [],
    outcomes: [],
    certainty: [],
    sections: [],
    attributes: [],
    facets: [],
  };
};
