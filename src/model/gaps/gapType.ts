import type { Vocabulary } from '../vocabulary/vocabulary';
import type { GapCell } from './gapMatrix';

/**
 * What kind of gap a cell is, in the vocabulary of evidence-gap maps:
 * - `absolute`: no statement names both;
 * - `review_only`: only statements of the review itself (no primary study described);
 * - `translation`: primary studies, but none in patients (pre-clinical only);
 * - `thin`: clinical evidence resting on one reference;
 * - `filled`: clinical evidence from more than one reference.
 * The first that applies wins, from the most to the least severe. A dataset without levels has
 * no roles to read, so its cells are `thin` (one reference, or one statement when it has no
 * references) or `filled`.
 */
export type GapType = 'absolute' | 'review_only' | 'translation' | 'thin' | 'filled';

export const GAP_TYPES: readonly GapType[] = ['absolute', 'review_only', 'translation', 'thin', 'filled'];

/** What the outcome directions of the clinical statements add (never changes the type). */
export type CellNote = 'conflicting outcomes' | 'clinical: safety only' | 'clinical: no benefit shown';

export interface CellTyping {
  type: GapType;
  /** Distinct references behind the cell (statements are not studies: 16 sentences may be 3 trials). */
  references: number;
  statements: number;
  notes: CellNote[];
}

const PRIMARY = new Set(['clinical', 'in_vivo', 'ex_vivo', 'in_vitro']);

/** The type of a cell from its statements' level roles and outcome directions (schema data, never level ids). */
export const cellTyping = (cell: GapCell | undefined, v: Vocabulary): CellTyping => {
  if (!cell || cell.count === 0) return { type: 'absolute', references: 0, statements: 0, notes: [] };
  const roles = cell.items.map((i) => v.level(i.item.level ?? '')?.role);
  const clinical = cell.items.filter((_i, n) => roles[n] === 'clinical');
  const refs = new Set(cell.items.flatMap((i) => i.item.refs));
  const direction = (o: string | undefined) => v.schema.outcomes.find((x) => x.id === o)?.direction;
  const notes: CellNote[] = [];
  const all = new Set(cell.items.map((i) => direction(i.item.outcome)));
  if (all.has('benefit') && (all.has('no_benefit') || all.has('harm') || all.has('mixed')))
    notes.push('conflicting outcomes');
  const clinicalDirections = clinical.map((i) => direction(i.item.outcome));
  if (clinical.length > 0 && clinicalDirections.every((d) => d === 'neutral'))
    notes.push('clinical: safety only');
  else if (
    clinical.length > 0 &&
    !clinicalDirections.includes('benefit') &&
    clinicalDirections.some((d) => d)
  )
    notes.push('clinical: no benefit shown');
  const base = { references: refs.size, statements: cell.count, notes };
  const thin = v.referenceType !== undefined || refs.size > 0 ? refs.size <= 1 : cell.count <= 1;
  if (v.levels.length === 0) return { type: thin ? 'thin' : 'filled', ...base };
  if (!roles.some((r) => r !== undefined && PRIMARY.has(r))) return { type: 'review_only', ...base };
  if (clinical.length === 0) return { type: 'translation', ...base };
  const clinicalRefs = new Set(clinical.flatMap((i) => i.item.refs));
  return { type: clinicalRefs.size <= 1 ? 'thin' : 'filled', ...base };
};

/** How each type reads in the UI and the exports (text, never colour alone). */
export const GAP_TYPE_LABELS: Record<GapType, { label: string; short: string; description: string }> = {
  absolute: { label: 'Absolute gap', short: 'none', description: 'No statement of the source names both.' },
  review_only: {
    label: 'Review only',
    short: 'review',
    description: 'Only statements of the review itself; no primary study is described.',
  },
  translation: {
    label: 'Translation gap',
    short: 'pre-clin.',
    description: 'Primary studies in cells, tissue or animals, none in patients.',
  },
  thin: { label: 'Thin', short: 'thin', description: 'Clinical evidence that rests on one reference.' },
  filled: {
    label: 'Filled',
    short: 'filled',
    description: 'Clinical evidence from more than one reference.',
  },
};
