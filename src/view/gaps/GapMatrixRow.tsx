import { memo } from 'react';
import { LEVELS } from '../../model/evidence';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import { cellKey, type GapMatrix } from '../../model/gaps/gapMatrix';

interface Props {
  row: AxisEntry;
  cols: AxisEntry[];
  cells: GapMatrix['cells'];
  split: boolean;
  /** Column ids of this row's candidate gaps, joined with "|" (a string, so memo can compare it). */
  candidateCols: string;
  selectedCol: string | null;
  highlighted: boolean;
  onCell: (row: string, col: string) => void;
}

const scrollIntoView = (el: HTMLElement | null) =>
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });

/** One row of the matrix; re-renders only when something of this row changes. */
export const GapMatrixRow = memo(
  ({ row, cols, cells, split, candidateCols, selectedCol, highlighted, onCell }: Props) => {
    const candidates = candidateCols ? new Set(candidateCols.split('|')) : undefined;
    return (
      <tr className={highlighted ? 'highlighted' : undefined}>
        <th scope="row" className="gap-row">
          {row.label}
        </th>
        {cols.map((c) => {
          const cell = cells.get(cellKey(row.id, c.id));
          const selected = c.id === selectedCol;
          if (!cell) {
            if (!candidates?.has(c.id) && !selected) return <td key={c.id} />;
            const candidate = candidates?.has(c.id);
            return (
              <td
                key={c.id}
                className={`gap${candidate ? ' candidate' : ''}${selected ? ' selected' : ''}`}
                ref={selected ? scrollIntoView : undefined}
              >
                {candidate && (
                  <button
                    type="button"
                    aria-label={`${row.label} × ${c.label}: no evidence; a candidate gap`}
                    onClick={() => onCell(row.id, c.id)}
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
                aria-label={`${row.label} × ${c.label}: ${cell.count} evidence item${cell.count === 1 ? '' : 's'}, strongest ${level.label.toLowerCase()}`}
                onClick={() => onCell(row.id, c.id)}
              >
                {split ? `${cell.byKind.cells}·${cell.byKind.vesicles}` : cell.count}
                <small>{level.short}</small>
              </button>
            </td>
          );
        })}
      </tr>
    );
  },
);
GapMatrixRow.displayName = 'GapMatrixRow';
