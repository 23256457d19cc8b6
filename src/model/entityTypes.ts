/**
 * The registry of entity types. Every view (legend, canvas, search groups, gap map)
 * reads colours, shapes and labels from here, so a type is described once.
 * Colours follow the Okabe–Ito colour-blind-safe palette; shapes differ too, so
 * colour is never the only carrier of the type.
 */
export const ENTITY_TYPE_IDS = [
  'cell_source',
  'therapy',
  'strategy',
  'factor',
  'mechanism',
  'target_cell',
  'disease',
  'method',
  'challenge',
  'paper',
] as const;

export type EntityType = (typeof ENTITY_TYPE_IDS)[number];

export type NodeShape =
  | 'barrel'
  | 'round-rectangle'
  | 'pentagon'
  | 'ellipse'
  | 'hexagon'
  | 'octagon'
  | 'diamond'
  | 'rectangle'
  | 'triangle'
  | 'tag';

export interface EntityTypeInfo {
  id: EntityType;
  label: string;
  plural: string;
  colour: string;
  /** Text colour that stays readable on `colour`. */
  ink: string;
  shape: NodeShape;
  /** Column in the left-to-right structured layout. */
  layer: number;
  description: string;
}

export const ENTITY_TYPES: Record<EntityType, EntityTypeInfo> = {
  cell_source: {
    id: 'cell_source',
    label: 'Cell source',
    plural: 'Cell sources',
    colour: '#E69F00',
    ink: '#000000',
    shape: 'barrel',
    layer: 0,
    description: 'Tissue or cell population that MSCs (or their vesicles) are obtained from.',
  },
  therapy: {
    id: 'therapy',
    label: 'Therapy agent',
    plural: 'Therapy agents',
    colour: '#0072B2',
    ink: '#ffffff',
    shape: 'round-rectangle',
    layer: 1,
    description:
      'An applied agent: MSCs, MSC-derived exosomes or EVs, named products, source-specific preparations.',
  },
  strategy: {
    id: 'strategy',
    label: 'Improvement strategy',
    plural: 'Improvement strategies',
    colour: '#F0E442',
    ink: '#000000',
    shape: 'pentagon',
    layer: 3,
    description:
      'A way of making the therapy work better: preconditioning, genetic modification, encapsulation, …',
  },
  factor: {
    id: 'factor',
    label: 'Factor',
    plural: 'Factors',
    colour: '#009E73',
    ink: '#ffffff',
    shape: 'ellipse',
    layer: 4,
    description:
      'A molecule or molecular pathway: secreted factors, receptors, markers, microRNAs, signalling axes.',
  },
  mechanism: {
    id: 'mechanism',
    label: 'Mechanism',
    plural: 'Mechanisms',
    colour: '#CC79A7',
    ink: '#000000',
    shape: 'hexagon',
    layer: 5,
    description: 'A biological process through which the therapy acts (paracrine secretion, homing, …).',
  },
  target_cell: {
    id: 'target_cell',
    label: 'Target cell',
    plural: 'Target cells',
    colour: '#56B4E9',
    ink: '#000000',
    shape: 'octagon',
    layer: 6,
    description: 'A cell type that the therapy acts on or turns into.',
  },
  disease: {
    id: 'disease',
    label: 'Disease or injury',
    plural: 'Diseases and injuries',
    colour: '#D55E00',
    ink: '#ffffff',
    shape: 'diamond',
    layer: 7,
    description: 'A disease, injury or experimental disease model.',
  },
  method: {
    id: 'method',
    label: 'Method',
    plural: 'Methods',
    colour: '#999999',
    ink: '#000000',
    shape: 'rectangle',
    layer: 2,
    description: 'A technique for isolating, characterising or producing cells or vesicles.',
  },
  challenge: {
    id: 'challenge',
    label: 'Open challenge',
    plural: 'Open challenges',
    colour: '#882255',
    ink: '#ffffff',
    shape: 'triangle',
    layer: 8,
    description: 'A problem the review names as unsolved (heterogeneity, yield, missing guidelines, …).',
  },
  paper: {
    id: 'paper',
    label: 'Reference',
    plural: 'References',
    colour: '#444444',
    ink: '#ffffff',
    shape: 'tag',
    layer: 9,
    description: "A paper from the review's reference list (cited by evidence, not linked by relations).",
  },
};

export const isEntityType = (value: string): value is EntityType =>
  (ENTITY_TYPE_IDS as readonly string[]).includes(value);
