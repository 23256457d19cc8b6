import type { EntityType } from './entityTypes';

/**
 * The relation vocabulary. Each edge of the graph is one (source, relation, target)
 * claim; all the review's evidence for that claim sits in the edge's evidence list.
 */
export const RELATION_IDS = [
  'source_of',
  'secretes',
  'expresses',
  'lacks',
  'differentiates_into',
  'acts_through',
  'mediates',
  'acts_on',
  'binds',
  'increases',
  'inhibits',
  'involved_in',
  'enhances',
  'improves',
  'tested_in',
  'isolated_by',
  'characterised_by',
  'addresses',
  'limits',
] as const;

export type Relation = (typeof RELATION_IDS)[number];

export type RelationFamily = 'composition' | 'mechanism' | 'regulation' | 'therapeutic' | 'methodology';

export interface RelationInfo {
  id: Relation;
  /** Verb phrase used in claim sentences: "Hypoxic preconditioning — increases → VEGF". */
  verb: string;
  family: RelationFamily;
  description: string;
  /** Allowed source and target types; the validator enforces them. */
  from: readonly EntityType[];
  to: readonly EntityType[];
}

const ANY_BIO: readonly EntityType[] = ['therapy', 'strategy', 'factor', 'mechanism', 'target_cell'];

const rel = (
  id: Relation,
  verb: string,
  family: RelationFamily,
  from: readonly EntityType[],
  to: readonly EntityType[],
  description: string,
): RelationInfo => ({ id, verb, family, from, to, description });

export const RELATIONS: Record<Relation, RelationInfo> = {
  source_of: rel(
    'source_of',
    'is a source of',
    'composition',
    ['cell_source'],
    ['therapy'],
    'The tissue or cell population yields the therapy agent (bone marrow → bone-marrow MSCs).',
  ),
  secretes: rel(
    'secretes',
    'secretes',
    'composition',
    ['therapy', 'target_cell'],
    ['factor', 'therapy'],
    'Releases a soluble factor or vesicles.',
  ),
  expresses: rel(
    'expresses',
    'expresses',
    'composition',
    ['therapy', 'target_cell', 'cell_source'],
    ['factor'],
    'Carries a molecule: surface marker, receptor, gene product or vesicle cargo.',
  ),
  lacks: rel(
    'lacks',
    'lacks',
    'composition',
    ['therapy'],
    ['factor'],
    'Is defined by the absence of a marker (negative identity criterion).',
  ),
  differentiates_into: rel(
    'differentiates_into',
    'differentiates into',
    'composition',
    ['therapy', 'cell_source'],
    ['target_cell'],
    'Can give rise to the cell type.',
  ),
  acts_through: rel(
    'acts_through',
    'acts through',
    'mechanism',
    ['therapy', 'strategy', 'factor'],
    ['mechanism'],
    'Exerts its effect by the mechanism.',
  ),
  mediates: rel(
    'mediates',
    'mediates',
    'mechanism',
    ['factor', 'mechanism', 'target_cell', 'therapy'],
    ['mechanism', 'factor'],
    'Is the molecular or cellular means by which the mechanism happens.',
  ),
  acts_on: rel(
    'acts_on',
    'acts on',
    'mechanism',
    ANY_BIO,
    ['target_cell'],
    'Affects the cell type (without a more specific direction).',
  ),
  binds: rel(
    'binds',
    'binds',
    'mechanism',
    ['factor'],
    ['factor'],
    'Binds or targets another molecule (ligand–receptor, microRNA–transcript).',
  ),
  increases: rel(
    'increases',
    'increases',
    'regulation',
    ANY_BIO,
    ['factor', 'mechanism', 'target_cell'],
    'Raises the level, activity or number of the target.',
  ),
  inhibits: rel(
    'inhibits',
    'inhibits',
    'regulation',
    ANY_BIO,
    ['factor', 'mechanism', 'target_cell'],
    'Lowers the level, activity, differentiation or number of the target.',
  ),
  involved_in: rel(
    'involved_in',
    'is involved in',
    'mechanism',
    ['factor', 'mechanism', 'target_cell'],
    ['disease'],
    'Takes part in the disease process or in its repair.',
  ),
  enhances: rel(
    'enhances',
    'enhances',
    'therapeutic',
    ['strategy', 'method'],
    ['therapy'],
    'Improves a property of the therapy agent (survival, homing, secretion, yield).',
  ),
  improves: rel(
    'improves',
    'improves',
    'therapeutic',
    ['therapy', 'strategy'],
    ['disease'],
    'Had a beneficial effect on the disease or model.',
  ),
  tested_in: rel(
    'tested_in',
    'was tested in',
    'therapeutic',
    ['therapy', 'strategy'],
    ['disease'],
    'Was studied in the disease without a clear benefit (no effect, mixed, or safety only).',
  ),
  isolated_by: rel(
    'isolated_by',
    'is isolated by',
    'methodology',
    ['therapy'],
    ['method'],
    'Can be isolated or enriched with the method.',
  ),
  characterised_by: rel(
    'characterised_by',
    'is characterised by',
    'methodology',
    ['therapy'],
    ['method', 'factor'],
    'Identity criterion or characterisation technique.',
  ),
  addresses: rel(
    'addresses',
    'addresses',
    'methodology',
    ['strategy', 'method'],
    ['challenge'],
    'Is proposed to overcome the open challenge.',
  ),
  limits: rel(
    'limits',
    'limits',
    'methodology',
    ['challenge'],
    ['therapy'],
    'The open challenge holds back the therapy.',
  ),
};
