import type { Vocabulary } from '../vocabulary/vocabulary';
import { levelWeight, type GapCandidate, type GapReason } from './gapCandidates';

const n2 = (x: number) => x.toFixed(2);
const levelName = (v: Vocabulary, level: string | undefined) =>
  level ? (v.level(level)?.label.toLowerCase() ?? level) : 'no level';

/** How one reason's score is computed, in words and numbers. */
export const explainReason = (v: Vocabulary, reason: GapReason, label: (id: string) => string): string => {
  if (reason.kind === 'path') {
    const { weakest, weakestLevel, hubs, steps } = reason.parts;
    const hubText =
      hubs.length === 0
        ? ''
        : ` × hub penalty ${hubs.map((h) => `${n2(h.penalty)} for ${label(h.id)}`).join(' × ')}`;
    return `2 × ${n2(weakest)} (weakest step: ${levelName(v, weakestLevel)}) ÷ (${steps} steps${hubText}) = ${n2(reason.score)}`;
  }
  const base =
    reason.kind === 'related-column'
      ? reason.relation === 'sibling'
        ? ['0.40', 'a sibling column']
        : ['0.20', 'a column of the same group']
      : reason.relation === 'sibling'
        ? ['0.30', 'a sibling row']
        : ['0.80', reason.relation];
  return `${base[0]} (${base[1]}) × ${n2(levelWeight(v, reason.step.level))} (${levelName(v, reason.step.level)}) = ${n2(reason.score)}`;
};

/** The candidate's score as the sum of its three best reasons. */
export const explainCandidate = (c: GapCandidate): string => {
  const top = c.reasons.slice(0, 3);
  return `${top.map((r) => n2(r.score)).join(' + ')} (its ${top.length === 1 ? 'one reason' : `${top.length} best reasons`}) = ${n2(c.score)}`;
};

/** The rule, once, for the panel's "How the score works" (level weights from the dataset's schema). */
export const scoreRule = (v: Vocabulary): string[] => {
  const weights =
    v.levels.length > 0
      ? v.levels.map((l) => `${l.label.toLowerCase()} ${n2(levelWeight(v, l.id))}`).join(', ')
      : 'every step 1.00 (this dataset has no evidence levels)';
  return [
    'Each reason gets a score; a candidate’s score is the sum of its three best reasons.',
    `A chain of statements scores 2 × the weight of its weakest step’s level (${weights}), divided by its number of steps and by a penalty for each hub it passes through: an entity named with many others explains little (√log₂(2 + the entities it is named with)).`,
    'A related column (a sibling: 0.40; the same group: 0.20), a sibling row (0.30) or the other version of the same therapy (0.80) scores that weight × the weight of its evidence level.',
    'Related rows and columns only add support: a candidate needs a chain of statements or a counterpart therapy.',
  ];
};
