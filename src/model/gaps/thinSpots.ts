import type { Vocabulary } from '../vocabulary/vocabulary';
import type { GapCell, GapMatrix } from './gapMatrix';

export type ThinReason = 'single study' | 'in vitro or review only' | 'conflicting outcomes';

export interface ThinSpot {
  cell: GapCell;
  reasons: ThinReason[];
}

/** Non-empty cells whose support is fragile: one item, no in vivo or clinical evidence, or outcomes that disagree. */
export const thinSpots = (matrix: GapMatrix, v: Vocabulary): ThinSpot[] => {
  const direction = (o: string) => v.schema.outcomes.find((x) => x.id === o)?.direction;
  const out: ThinSpot[] = [];
  for (const cell of matrix.cells.values()) {
    const reasons: ThinReason[] = [];
    if (cell.count === 1) reasons.push('single study');
    const role = v.level(cell.level ?? '')?.role;
    if (role === 'in_vitro' || role === 'statement') reasons.push('in vitro or review only');
    const directions = new Set(cell.outcomes.map(direction));
    if (
      directions.has('benefit') &&
      (directions.has('no_benefit') || directions.has('harm') || directions.has('mixed'))
    )
      reasons.push('conflicting outcomes');
    if (reasons.length > 0) out.push({ cell, reasons });
  }
  const weight = (t: ThinSpot) => (t.reasons.includes('conflicting outcomes') ? 0 : 1) * 10 + t.cell.count;
  return out.sort((a, b) => weight(a) - weight(b));
};
