import type { SortDirection } from './useSortable';

interface Props<Key extends string> {
  label: string;
  column: Key;
  ariaSort: (column: Key) => SortDirection | 'none';
  sortBy: (column: Key) => void;
}

/** A column header that sorts by its column (and says how it is sorted). */
export const SortHeader = <Key extends string>({ label, column, ariaSort, sortBy }: Props<Key>) => (
  <th scope="col" aria-sort={ariaSort(column)}>
    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
      {label}
      <span aria-hidden="true">
        {ariaSort(column) === 'ascending' ? ' ▲' : ariaSort(column) === 'descending' ? ' ▼' : ''}
      </span>
    </button>
  </th>
);
