import { memo } from 'react';
import type { GapCell } from '../../model/gaps/gapMatrix';
import { GAP_TYPE_LABELS, type CellTyping } from '../../model/gaps/gapType';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
import { cellLabel } from './cellLabel';

interface Props {
  row: string;
  col: string;
  rowLabel: string;
  colLabel: string;
  cell: GapCell | undefined;
  typing: CellTyping;
  candidate: boolean;
  selected: boolean;
  split: boolean;
  vocabulary: Vocabulary;
  onCell: (row: string, col: string) => void;
}

/**
 * One cell: its gap type by pattern and by a short word (never colour alone), the count of
 * statements with the count of distinct references, and a small bar of its statements by level.
 */
export const GapCellButton = memo((p: Props) => {
  const { cell, typing, vocabulary: v } = p;
  const level = v.level(cell?.level ?? '');
  const kinds = v.schema.facets[0]?.values ?? [];
  const style = level ? { background: level.cellFill, color: level.cellInk } : undefined;
  return (
    <button
      type="button"
      className={`gap-cell type-${typing.type}${p.candidate ? ' candidate' : ''}${p.selected ? ' selected' : ''}`}
      style={style}
      aria-label={cellLabel(v, p.rowLabel, p.colLabel, cell, typing, p.candidate)}
      title={cellLabel(v, p.rowLabel, p.colLabel, cell, typing, p.candidate)}
      aria-pressed={p.selected}
      onClick={() => p.onCell(p.row, p.col)}
    >
      {cell ? (
        <>
          <span className="gap-count">
            {p.split ? kinds.map((k) => cell.byKind[k.id] ?? 0).join('·') : cell.count}
            <small>·{typing.references}r</small>
          </span>
          <small className="gap-type-word">{GAP_TYPE_LABELS[typing.type].short}</small>
          {v.levels.length > 0 && (
            <span className="gap-bar" aria-hidden="true">
              {v.levels.map((l) =>
                (cell.byLevel[l.id] ?? 0) > 0 ? (
                  <span key={l.id} style={{ flexGrow: cell.byLevel[l.id], background: l.colour }} />
                ) : null,
              )}
            </span>
          )}
        </>
      ) : p.candidate ? (
        '?'
      ) : null}
    </button>
  );
});
GapCellButton.displayName = 'GapCellButton';
