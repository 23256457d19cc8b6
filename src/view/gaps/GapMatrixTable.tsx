import { memo } from 'react';
import { ENTITY_TYPES } from '../../model/entityTypes';
import { LEVELS } from '../../model/evidence';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import { cellKey, type GapMatrix } from '../../model/gaps/gapMatrix';

interface Props {
  matrix: GapMatrix;
  rows: AxisEntry[];
  cols: AxisEntry[];
  split: boolean;
  candidates: ReadonlySet<string>;
  selectedCell: string | null;
  /** The entity selected on the canvas: its row or column is highlighted. */
  highlighted: string | null;
  onCell: (row: string, col: string) => void;
}

const scrollIntoView = (el: HTMLElement | null) =>
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });

const groupSpans = (cols: AxisEntry[]) => {
  const spans: { label: string; count: number }[] = [];
  for (const c of cols) {
    const last = spans.at(-1);
    if (last && last.label === c.groupLabel) last.count += 1;
    else spans.push({ label: c.groupLabel, count: 1 });
  }
  return spans;
};

/**
 * The matrix: a cell shows how many evidence items name both its row and its column, and the
 * strongest level, by colour and by a text label. Empty cells are gaps; a "?" marks the
 * candidate gaps suggested below.
 */
export const GapMatrixTable = memo(
  ({ matrix, rows, cols, split, candidates, selectedCell, highlighted, onCell }: Props) => {
    const title = `Gap map: ${ENTITY_TYPES[matrix.rowType].plural} × ${ENTITY_TYPES[matrix.colType].plural}`;
    let lastGroup = '';
    return (
      <table className="gap-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="gap-corner">
              {ENTITY_TYPES[matrix.rowType].plural} ↓ · {ENTITY_TYPES[matrix.colType].plural} →
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
          {rows.map((r) => {
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
              <tr key={r.id} className={r.id === highlighted ? 'highlighted' : undefined}>
                <th scope="row" className="gap-row">
                  {r.label}
                </th>
                {cols.map((c) => {
                  const key = cellKey(r.id, c.id);
                  const cell = matrix.cells.get(key);
                  const selected = key === selectedCell;
                  if (!cell) {
                    const candidate = candidates.has(key);
                    return (
                      <td
                        key={c.id}
                        className={`gap${candidate ? ' candidate' : ''}${selected ? ' selected' : ''}`}
                        ref={selected ? scrollIntoView : undefined}
                      >
                        {candidate && (
                          <button
                            type="button"
                            aria-label={`${r.label} × ${c.label}: no evidence; a candidate gap`}
                            onClick={() => onCell(r.id, c.id)}
                          >
                            ?
                          </button>
                        )}
                      </td>
                    );
                  }
                  const level = LEVELS[cell.level];
                  return (
                    <td
                      key={c.id}
                      className={`filled level-cell-${cell.level}${selected ? ' selected' : ''}`}
                      ref={selected ? scrollIntoView : undefined}
                    >
                      <button
                        type="button"
                        aria-label={`${r.label} × ${c.label}: ${cell.count} evidence item${cell.count === 1 ? '' : 's'}, strongest ${level.label.toLowerCase()}`}
                        onClick={() => onCell(r.id, c.id)}
                      >
                        {split ? `${cell.byKind.cells}·${cell.byKind.vesicles}` : cell.count}
                        <small>{level.short}</small>
                      </button>
                    </td>
                  );
                })}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    );
  },
);
GapMatrixTable.displayName = 'GapMatrixTable';
