import { memo } from 'react';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
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
  /** The dataset's vocabulary (levels and the split facet); the same object for every row. */
  vocabulary: Vocabulary;
}

const scrollIntoView = (el: HTMLElement | null) =>
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });

/** One row of the matrix; re-renders only when something of this row changes. */
export const GapMatrixRow = memo(
  ({ row, cols, cells, split, candidateCols, selectedCol, highlighted, onCell, vocabulary }: Props) => {
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
          const level = vocabulary.level(cell.level ?? '');
          const kinds = vocabulary.schema.facets[0]?.values ?? [];
          return (
            <td
              key={c.id}
              className={`filled level-cell-${cell.level}${selected ? ' selected' : ''}`}
              ref={selected ? scrollIntoView : undefined}
            >
              <button
                type="button"
                aria-label={`${row.label} × ${c.label}: ${cell.count} evidence item${cell.count === 1 ? '' : 's'}${level ? `, strongest ${level.label.toLowerCase()}` : ''}`}
                onClick={() => onCell(row.id, c.id)}
              >
                {split ? kinds.map((k) => cell.byKind[k.id] ?? 0).join('·') : cell.count}
                {level && <small>{level.short}</small>}
              </button>
            </td>
          );
        })}
      </tr>
    );
  },
);
GapMatrixRow.displayName = 'GapMatrixRow';
