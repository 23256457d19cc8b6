/** Study levels, from strongest to weakest. `rank` orders them (higher is stronger). */
export const LEVEL_IDS = ['clinical', 'animal', 'ex_vivo', 'in_vitro', 'review'] as const;
export type Level = (typeof LEVEL_IDS)[number];

export interface LevelInfo {
  id: Level;
  label: string;
  short: string;
  rank: number;
  /** Edge line style on the canvas. */
  line: 'solid' | 'dashed' | 'dotted';
  colour: string;
  /** Fill and text colour of a gap-map cell whose strongest evidence is this level. */
  cellFill: string;
  cellInk: string;
  description: string;
}

export const LEVELS: Record<Level, LevelInfo> = {
  clinical: {
    id: 'clinical',
    label: 'Clinical',
    short: 'CLIN',
    rank: 5,
    line: 'solid',
    colour: '#1b5e20',
    cellFill: '#1b5e20',
    cellInk: '#ffffff',
    description: 'Studied in patients (trial, case series).',
  },
  animal: {
    id: 'animal',
    label: 'Animal',
    short: 'ANIM',
    rank: 4,
    line: 'solid',
    colour: '#0d47a1',
    cellFill: '#1565c0',
    cellInk: '#ffffff',
    description: 'Studied in an animal model (in vivo).',
  },
  ex_vivo: {
    id: 'ex_vivo',
    label: 'Ex vivo',
    short: 'EXV',
    rank: 3,
    line: 'dashed',
    colour: '#4a148c',
    cellFill: '#6a1b9a',
    cellInk: '#ffffff',
    description: 'Studied in explanted tissue.',
  },
  in_vitro: {
    id: 'in_vitro',
    label: 'In vitro',
    short: 'INV',
    rank: 2,
    line: 'dashed',
    colour: '#e65100',
    cellFill: '#ffcc80',
    cellInk: '#3e2000',
    description: 'Studied in cultured cells.',
  },
  review: {
    id: 'review',
    label: 'Review statement',
    short: 'REV',
    rank: 1,
    line: 'dotted',
    colour: '#616161',
    cellFill: '#e0e0e0',
    cellInk: '#212121',
    description: 'Asserted by the review (or the reviews it cites) without a primary study described.',
  },
};

export const levelRank = (level: Level): number => LEVELS[level].rank;

/** The strongest of several levels, or undefined for none. */
export const strongestLevel = (levels: Iterable<Level>): Level | undefined => {
  let best: Level | undefined;
  for (const level of levels) if (!best || levelRank(level) > levelRank(best)) best = level;
  return best;
};

export const OUTCOME_IDS = ['positive', 'mixed', 'no_effect', 'safety_only', 'adverse'] as const;
export type Outcome = (typeof OUTCOME_IDS)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  positive: 'Positive',
  mixed: 'Mixed',
  no_effect: 'No effect',
  safety_only: 'Safety only',
  adverse: 'Adverse events',
};

/** How certain the review is of a statement, in its own words ("suggested", "may", "could"). */
export const CERTAINTY_IDS = ['stated', 'suggested', 'proposed', 'contradicted'] as const;
export type Certainty = (typeof CERTAINTY_IDS)[number];
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  stated: 'Stated',
  suggested: 'Suggested',
  proposed: 'Proposed',
  contradicted: 'Contradicted',
};

/** Where a quote stands in the review. */
export const SECTION_IDS = [
  'Abstract',
  'Highlights',
  '1',
  '2.1',
  '2.2',
  '2.3',
  '2.3.1',
  '2.4',
  'Table 1',
  '3.1',
  '3.2',
  '3.3',
  'Table 2',
  '3.4',
  '4',
  'Figure 1',
  'Figure 2',
  'Figure 3',
  'Abbreviations',
] as const;
export type Section = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Record<Section, string> = {
  Abstract: 'Abstract',
  Highlights: 'Article highlights',
  '1': 'Introduction',
  '2.1': 'MSC sources, characterization and properties',
  '2.2': 'Mechanisms underlying MSC-based therapy',
  '2.3': 'MSCs in regenerative medicine and challenges',
  '2.3.1': 'Strategies to improve MSC-based therapy',
  '2.4': 'MSC-based therapy in clinical trials',
  'Table 1': 'Table 1: clinical trials using MSCs',
  '3.1': 'Exosome isolation and characterization',
  '3.2': 'MSC-derived exosomes in regenerative medicine',
  '3.3': 'Strategies to improve exosome therapy',
  'Table 2': 'Table 2: engineered MSC exosomes',
  '3.4': 'MSC exosomes in clinical trials',
  '4': 'Expert opinion',
  'Figure 1': 'Figure 1 legend',
  'Figure 2': 'Figure 2 legend',
  'Figure 3': 'Figure 3 legend',
  Abbreviations: 'Abbreviations list',
};

/** Strategy families: rows of the gap map are grouped by these. */
export const STRATEGY_FAMILY_IDS = [
  'preconditioning',
  'genetic_modification',
  'cargo_loading',
  'encapsulation',
  'biomaterial_culture',
  'surface_modification',
  'bioprinting',
  'yield_enhancement',
] as const;
export type StrategyFamily = (typeof STRATEGY_FAMILY_IDS)[number];
export const STRATEGY_FAMILY_LABELS: Record<StrategyFamily, string> = {
  preconditioning: 'Preconditioning',
  genetic_modification: 'Genetic modification',
  cargo_loading: 'Cargo loading',
  encapsulation: 'Encapsulation',
  biomaterial_culture: 'Biomaterial culture',
  surface_modification: 'Surface modification',
  bioprinting: '3D bioprinting',
  yield_enhancement: 'Yield enhancement',
};
