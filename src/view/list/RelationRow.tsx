import { memo } from 'react';
import { LevelBadge } from '../common/LevelBadge';
import { ROVING_ATTRIBUTE } from './useRovingFocus';

export interface RelationRowData {
  id: string;
  source: string;
  relation: string;
  target: string;
  /** "Hypoxic preconditioning increases VEGF": the row's name and what type-ahead matches. */
  sentence: string;
  evidence: number;
  level: number;
}

interface Props {
  row: RelationRowData;
  level: string | undefined;
  selected: boolean;
  /** Whether this row holds the table's one tab stop. */
  tabbable: boolean;
  open: (id: string) => void;
}

/** One relation of the list; memoised, so moving the tab stop re-renders two rows, not all. */
export const RelationRow = memo(({ row, level, selected, tabbable, open }: Props) => (
  <tr aria-selected={selected} className={selected ? 'selected' : undefined}>
    <td>{row.source}</td>
    <td>
      <button
        type="button"
        className="relation-link"
        {...{ [ROVING_ATTRIBUTE]: row.id }}
        tabIndex={tabbable ? 0 : -1}
        // Read as the claim it is, both ends included (not "increases" eighty times over).
        aria-label={row.sentence}
        onClick={() => open(row.id)}
      >
        {row.relation}
      </button>
    </td>
    <td>{row.target}</td>
    <td className="num">{row.evidence}</td>
    <td>
      <LevelBadge level={level} />
    </td>
  </tr>
));
RelationRow.displayName = 'RelationRow';
