import { memo } from 'react';
import { ROVING_ATTRIBUTE } from './useRovingFocus';

export interface EntityRowData {
  id: string;
  label: string;
  type: string;
  relations: number;
  evidence: number;
}

interface Props {
  row: EntityRowData;
  selected: boolean;
  /** Whether this row holds the table's one tab stop. */
  tabbable: boolean;
  choose: (id: string) => void;
}

/** One entity of the list; memoised, so moving the tab stop re-renders two rows, not all. */
export const EntityRow = memo(({ row, selected, tabbable, choose }: Props) => (
  <tr
    aria-selected={selected}
    className={selected ? 'selected' : undefined}
    ref={selected ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
  >
    <td>
      <button
        type="button"
        className="relation-link"
        {...{ [ROVING_ATTRIBUTE]: row.id }}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => choose(row.id)}
      >
        {row.label}
      </button>
    </td>
    <td>{row.type}</td>
    <td className="num">{row.relations}</td>
    <td className="num">{row.evidence}</td>
  </tr>
));
EntityRow.displayName = 'EntityRow';
