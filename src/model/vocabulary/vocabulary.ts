import type {
  AttributeInfo,
  CertaintyInfo,
  DatasetSchema,
  FacetInfo,
  FamilyInfo,
  LevelInfo,
  RelationInfo,
  SectionInfo,
  TypeInfo,
} from './datasetSchema';

/**
 * Lookups over a dataset's schema, built once per schema object. Everything the code used to
 * read from compiled-in registries (type colours, relation verbs, level ranks, section titles)
 * comes from here.
 */
export interface Vocabulary {
  schema: DatasetSchema;
  types: readonly TypeInfo[];
  /** Types drawn on the canvas: all but the reference type. */
  drawnTypes: readonly TypeInfo[];
  /** The type whose entities are the source's references (cited through `refs`), if any. */
  referenceType?: string;
  type: (id: string) => TypeInfo | undefined;
  relations: readonly RelationInfo[];
  relation: (id: string) => RelationInfo | undefined;
  family: (id: string) => FamilyInfo | undefined;
  /** Strongest first. */
  levels: readonly LevelInfo[];
  level: (id: string) => LevelInfo | undefined;
  /** A level's rank (higher is stronger); 0 for no level or an unknown one. */
  rank: (id: string | undefined) => number;
  /** The strongest of several levels, or undefined for none. */
  strongest: (ids: Iterable<string | undefined>) => string | undefined;
  /** The weakest level (shows everything as a minimum), or undefined without levels. */
  weakest?: string;
  sections: readonly SectionInfo[];
  sectionTitle: (id: string) => string;
  outcomeLabel: (id: string) => string;
  certaintyLabel: (id: string) => string;
  /** Most certain first; empty for a dataset whose schema has no certainty. */
  certainty: readonly CertaintyInfo[];
  certaintyInfo: (id: string | undefined) => CertaintyInfo | undefined;
  /** Whether an item of this certainty is hedged (a known value whose role is not `finding`). */
  isHedged: (id: string | undefined) => boolean;
  attribute: (id: string) => AttributeInfo | undefined;
  facet: (id: string) => FacetInfo | undefined;
  /** The label of a type, or the id itself for an unknown type. */
  typeLabel: (id: string) => string;
  /** A type's display, or a neutral grey one for a type the schema does not know. */
  typeInfo: (id: string) => TypeInfo;
  /** A relation's verb phrase, or its id. */
  verb: (id: string) => string;
}

const fallbackType = (id: string): TypeInfo => ({
  id,
  label: id,
  plural: id,
  colour: '#9e9e9e',
  ink: '#000000',
  shape: 'ellipse',
  layer: 99,
  description: "A type this dataset's schema does not declare.",
});

const index = <T extends { id: string }>(items: readonly T[]): ((id: string) => T | undefined) => {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => map.get(id);
};

const build = (schema: DatasetSchema): Vocabulary => {
  const type = index(schema.types);
  const relation = index(schema.relations);
  const level = index(schema.levels);
  const rank = (id: string | undefined): number => (id === undefined ? 0 : (level(id)?.rank ?? 0));
  const section = index(schema.sections);
  const outcome = index(schema.outcomes);
  const certainty = index(schema.certainty);
  return {
    schema,
    types: schema.types,
    drawnTypes: schema.types.filter((t) => t.role !== 'reference'),
    ...(schema.types.find((t) => t.role === 'reference')
      ? { referenceType: schema.types.find((t) => t.role === 'reference')!.id }
      : {}),
    type,
    relations: schema.relations,
    relation,
    family: index(schema.relationFamilies),
    levels: schema.levels,
    level,
    rank,
    strongest: (ids) => {
      let best: string | undefined;
      for (const id of ids) if (id !== undefined && level(id) && rank(id) > rank(best)) best = id;
      return best;
    },
    ...(schema.levels.length > 0 ? { weakest: schema.levels.at(-1)!.id } : {}),
    sections: schema.sections,
    sectionTitle: (id) => section(id)?.title ?? id,
    outcomeLabel: (id) => outcome(id)?.label ?? id,
    certaintyLabel: (id) => certainty(id)?.label ?? id,
    certainty: schema.certainty,
    certaintyInfo: (id) => (id === undefined ? undefined : certainty(id)),
    isHedged: (id) => id !== undefined && (certainty(id)?.role ?? 'finding') !== 'finding',
    attribute: index(schema.attributes),
    facet: index(schema.facets),
    typeLabel: (id) => type(id)?.label ?? id,
    typeInfo: (id) => type(id) ?? fallbackType(id),
    verb: (id) => relation(id)?.verb ?? id.replace(/_/g, ' '),
  };
};

const cache = new WeakMap<DatasetSchema, Vocabulary>();

export const vocabularyOf = (schema: DatasetSchema): Vocabulary => {
  let v = cache.get(schema);
  if (!v) cache.set(schema, (v = build(schema)));
  return v;
};
