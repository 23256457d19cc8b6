import type { GapCell } from '../../model/gaps/gapMatrix';
import { GAP_TYPE_LABELS, type CellTyping } from '../../model/gaps/gapType';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a cell says to a screen reader and on hover: counts of statements and references, level, type. */
export const cellLabel = (
  v: Vocabulary,
  rowLabel: string,
  colLabel: string,
  cell: GapCell | undefined,
  typing: CellTyping,
  candidate: boolean,
): string => {
  if (!cell)
    return `${rowLabel} × ${colLabel}: no evidence; ${GAP_TYPE_LABELS.absolute.label.toLowerCase()}${candidate ? '; a candidate gap' : ''}`;
  const level = v.level(cell.level ?? '');
  return (
    `${rowLabel} × ${colLabel}: ${plural(cell.count, 'evidence item')}` +
    `${level ? `, strongest ${level.label.toLowerCase()}` : ''} · ${plural(typing.references, 'reference')} · ` +
    `${GAP_TYPE_LABELS[typing.type].label}${typing.notes.length ? ` (${typing.notes.join('; ')})` : ''}`
  );
};
