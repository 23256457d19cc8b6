import type { NodeShape, SchemaFile } from './schemaFile';

/**
 * A dataset's vocabulary as the graph carries it (`graph.getAttribute('schema')`): plain JSON,
 * lists in display order, every entry with its id. Built from `schema.yaml` by `normaliseSchema`,
 * or inferred for a foreign file. `Vocabulary` (vocabulary.ts) indexes it for lookups.
 */
export interface DatasetSchema {
  id: string;
  title: string;
  description?: string;
  source?: SourceInfo;
  types: TypeInfo[];
  relationFamilies: FamilyInfo[];
  relations: RelationInfo[];
  /** Strongest first. Empty for a graph without evidence levels. */
  levels: LevelInfo[];
  outcomes: OutcomeInfo[];
  /** Most certain first (schema order). */
  certainty: CertaintyInfo[];
  sections: SectionInfo[];
  attributes: AttributeInfo[];
  facets: FacetInfo[];
  gaps?: GapSettings;
}

export interface GapSettings {
  rows: string;
  cols: string;
  pairings: { rows: string; cols: string; label: string }[];
  originRelation?: string;
  counterpartRelation?: string;
  viaTypes?: string[];
}

export type CertaintyRole = 'finding' | 'hedge' | 'prospect' | 'contradiction';

export interface CertaintyInfo {
  id: string;
  label: string;
  description?: string;
  /** `finding` for what the source states as a result or fact; anything else is hedged. */
  role: CertaintyRole;
}

export interface Labelled {
  id: string;
  label: string;
}

export type LevelRole = 'clinical' | 'in_vivo' | 'ex_vivo' | 'in_vitro' | 'statement';

export interface OutcomeInfo {
  id: string;
  label: string;
  direction: 'benefit' | 'no_benefit' | 'mixed' | 'harm' | 'neutral';
}

export interface SourceInfo {
  title: string;
  authors: string[];
  journal?: string;
  year?: number;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  citation: string;
  short: string;
}

export interface TypeInfo {
  id: string;
  label: string;
  plural: string;
  colour: string;
  ink: string;
  shape: NodeShape;
  layer: number;
  description: string;
  role?: 'reference';
}

export interface FamilyInfo {
  id: string;
  label: string;
  colour: string;
}

export interface RelationInfo {
  id: string;
  verb: string;
  family: string;
  from: string[];
  to: string[];
  description: string;
  directed: boolean;
}

export interface LevelInfo {
  id: string;
  label: string;
  short: string;
  rank: number;
  line: 'solid' | 'dashed' | 'dotted';
  colour: string;
  cellFill: string;
  cellInk: string;
  description: string;
  role: LevelRole;
}

export interface SectionInfo {
  id: string;
  title: string;
}

export interface AttributeInfo {
  id: string;
  type: string;
  label: string;
  required: boolean;
  values: Labelled[];
}

export interface FacetInfo {
  id: string;
  label: string;
  /** What the filter calls "every value". */
  all: string;
  type: string;
  values: { id: string; label: string; sections: string[]; column?: string; counterpart?: string }[];
}

const labelled = (record: Record<string, string>): Labelled[] =>
  Object.entries(record).map(([id, label]) => ({ id, label }));

/** The schema file (already checked by `schemaFileSchema`) as the graph carries it. */
export const normaliseSchema = (file: SchemaFile): DatasetSchema => ({
  id: file.id,
  title: file.title,
  ...(file.description ? { description: file.description } : {}),
  ...(file.source ? { source: file.source } : {}),
  types: Object.entries(file.types).map(([id, t]) => ({ id, ...t })),
  relationFamilies: Object.entries(file.relation_families).map(([id, f]) => ({ id, ...f })),
  relations: Object.entries(file.relations).map(([id, r]) => ({ id, ...r })),
  levels: Object.entries(file.levels)
    .map(([id, { cell_fill, cell_ink, ...rest }]) => ({
      id,
      ...rest,
      cellFill: cell_fill,
      cellInk: cell_ink,
    }))
    .sort((a, b) => b.rank - a.rank),
  outcomes: Object.entries(file.outcomes).map(([id, o]) => ({ id, ...o })),
  certainty: Object.entries(file.certainty).map(([id, c]) =>
    typeof c === 'string'
      ? { id, label: c, role: 'finding' as const }
      : { id, label: c.label, role: c.role, ...(c.description ? { description: c.description } : {}) },
  ),
  sections: file.sections,
  attributes: Object.entries(file.attributes).map(([id, a]) => ({ id, ...a, values: labelled(a.values) })),
  facets: Object.entries(file.facets).map(([id, f]) => ({
    id,
    label: f.label,
    all: f.all ?? `Any ${f.label.toLowerCase()}`,
    type: f.type,
    values: Object.entries(f.values).map(([value, v]) => ({ id: value, ...v })),
  })),
  ...(file.gaps
    ? {
        gaps: {
          rows: file.gaps.rows,
          cols: file.gaps.cols,
          pairings: file.gaps.pairings,
          ...(file.gaps.origin_relation ? { originRelation: file.gaps.origin_relation } : {}),
          ...(file.gaps.counterpart_relation ? { counterpartRelation: file.gaps.counterpart_relation } : {}),
          ...(file.gaps.via_types ? { viaTypes: file.gaps.via_types } : {}),
        },
      }
    : {}),
});
