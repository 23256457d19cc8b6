import type { SortDirection } from './useSortable';

interface Props<Key extends string> {
  label: string;
  column: Key;
  ariaSort: (column: Key) => SortDirection | 'none';
  sortBy: (column: Key) => void;
  /** Which table ("relations"), so two tables' "Evidence" buttons do not share a name. */
  table: string;
}

/** A column header that sorts by its column (and says how it is sorted). */
export const SortHeader = <Key extends string>({ label, column, ariaSort, sortBy, table }: Props<Key>) => (
  <th scope="col" aria-sort={ariaSort(column)}>
    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
      {label}
      <span className="visually-hidden"> ({table})</span>
      <span aria-hidden="true">
        {ariaSort(column) === 'ascending' ? ' ▲' : ariaSort(column) === 'descending' ? ' ▼' : ''}
      </span>
    </button>
  </th>
);
