import { memo, useMemo } from 'react';
import { useProgressiveCount } from './useProgressiveCount';
import { useVocabulary } from '../../dataset/DatasetContext';
import type { GapCandidate } from '../../model/gaps/gapCandidates';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import type { GapMatrix } from '../../model/gaps/gapMatrix';
import { GapMatrixRow } from './GapMatrixRow';

interface Props {
  matrix: GapMatrix;
  rows: AxisEntry[];
  cols: AxisEntry[];
  split: boolean;
  candidates: GapCandidate[] | null;
  selectedCell: { row: string; col: string } | null;
  /** The entity selected on the canvas: its row or column is highlighted. */
  highlighted: string | null;
  onCell: (row: string, col: string) => void;
}

const groupSpans = (entries: AxisEntry[]) => {
  const spans: { label: string; count: number }[] = [];
  for (const c of entries) {
    const last = spans.at(-1);
    if (last && last.label === c.groupLabel) last.count += 1;
    else spans.push({ label: c.groupLabel, count: 1 });
  }
  return spans;
};

/**
 * The matrix: a cell shows how many evidence items name both its row and its column, and the
 * strongest level, by colour and by a text label. Empty cells are gaps; a "?" marks the
 * candidate gaps suggested in the side panel.
 */
export const GapMatrixTable = memo(
  ({ matrix, rows, cols, split, candidates, selectedCell, highlighted, onCell }: Props) => {
    const vocabulary = useVocabulary();
    const title = `Gap map: ${vocabulary.typeInfo(matrix.rowType).plural} × ${vocabulary.typeInfo(matrix.colType).plural}`;
    const candidateCols = useMemo(() => {
      const byRow = new Map<string, string[]>();
      for (const c of candidates ?? []) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
      return byRow;
    }, [candidates]);
    // The first rows render at once, the rest over the next frames: the map appears without waiting for all of it.
    const shown = useProgressiveCount(rows);
    let lastGroup = '';
    return (
      <table className="gap-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="gap-corner">
              {vocabulary.typeInfo(matrix.rowType).plural} ↓ · {vocabulary.typeInfo(matrix.colType).plural} →
            </th>
            {groupSpans(cols).map((g, i) => (
              <th key={`${g.label}-${i}`} scope="colgroup" colSpan={g.count} className="gap-group">
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {cols.map((c) => (
              <th key={c.id} scope="col" className={c.id === highlighted ? 'gap-col highlighted' : 'gap-col'}>
                <span>{c.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => {
            const groupRow = r.groupLabel !== lastGroup;
            lastGroup = r.groupLabel;
            return [
              groupRow && (
                <tr key={`group-${r.groupLabel}`} className="gap-row-group">
                  <th scope="rowgroup" colSpan={cols.length + 1}>
                    {r.groupLabel}
                  </th>
                </tr>
              ),
              <GapMatrixRow
                key={r.id}
                row={r}
                cols={cols}
                cells={matrix.cells}
                split={split}
                candidateCols={candidateCols.get(r.id)?.join('|') ?? ''}
                selectedCol={selectedCell?.row === r.id ? selectedCell.col : null}
                highlighted={r.id === highlighted}
                onCell={onCell}
                vocabulary={vocabulary}
              />,
            ];
          })}
        </tbody>
      </table>
    );
  },
);
GapMatrixTable.displayName = 'GapMatrixTable';
