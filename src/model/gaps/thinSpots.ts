import type { GapCell, GapMatrix } from './gapMatrix';

export type ThinReason = 'single study' | 'in vitro or review only' | 'conflicting outcomes';

export interface ThinSpot {
  cell: GapCell;
  reasons: ThinReason[];
}

/** Non-empty cells whose support is fragile: one item, no in vivo or clinical evidence, or outcomes that disagree. */
export const thinSpots = (matrix: GapMatrix): ThinSpot[] => {
  const out: ThinSpot[] = [];
  for (const cell of matrix.cells.values()) {
    const reasons: ThinReason[] = [];
    if (cell.count === 1) reasons.push('single study');
    if (cell.level === 'in_vitro' || cell.level === 'review') reasons.push('in vitro or review only');
    const positive = cell.outcomes.includes('positive');
    if (positive && cell.outcomes.some((o) => o === 'no_effect' || o === 'adverse' || o === 'mixed'))
      reasons.push('conflicting outcomes');
    if (reasons.length > 0) out.push({ cell, reasons });
  }
  const weight = (t: ThinSpot) => (t.reasons.includes('conflicting outcomes') ? 0 : 1) * 10 + t.cell.count;
  return out.sort((a, b) => weight(a) - weight(b));
};
