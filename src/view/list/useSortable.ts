import { useMemo, useState } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by one column, toggled by the column header. */
export const useSortable = <Row, Key extends string>(
  rows: Row[],
  initial: Key,
  value: (row: Row, key: Key) => string | number,
) => {
  const [key, setKey] = useState<Key>(initial);
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const sorted = useMemo(() => {
    const out = [...rows].sort((a, b) => {
      const x = value(a, key);
      const y = value(b, key);
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    });
    return direction === 'ascending' ? out : out.reverse();
  }, [rows, key, direction, value]);
  const sortBy = (next: Key) => {
    if (next === key) setDirection((d) => (d === 'ascending' ? 'descending' : 'ascending'));
    else {
      setKey(next);
      setDirection('ascending');
    }
  };
  const ariaSort = (column: Key): SortDirection | 'none' => (column === key ? direction : 'none');
  return { sorted, sortBy, ariaSort };
};
