import { useVocabulary } from '../../dataset/DatasetContext';
import { useViewStore, useViewStoreApi } from '../../state/store';
import type { GapSort } from '../../state/gapSlice';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import type { GapMatrix } from '../../model/gaps/gapMatrix';
import { GapExports } from './GapExports';

const SORTS: [GapSort, string][] = [
  ['group', 'by group'],
  ['name', 'by name'],
  ['evidence', 'most evidence first'],
  ['gaps', 'most gaps first'],
];

/** Pairing, sorting, text filters, empty rows, the MSC/exosome split and the exports. */
export const GapControls = (props: { matrix: GapMatrix; rows: AxisEntry[]; cols: AxisEntry[] }) => {
  const store = useViewStoreApi();
  const pairings = useVocabulary().schema.gaps?.pairings ?? [];
  const rows = useViewStore((s) => s.gapRows);
  const cols = useViewStore((s) => s.gapCols);
  const sort = useViewStore((s) => s.gapSort);
  const query = useViewStore((s) => s.gapQuery);
  const hideEmpty = useViewStore((s) => s.gapHideEmpty);
  const split = useViewStore((s) => s.gapSplit);
  const { setGapAxes, setGapOptions } = store.getState();
  const preset = pairings.findIndex((p) => p.rows === rows && p.cols === cols);
  return (
    <div className="gap-controls">
      <label>
        Pairing{' '}
        <select
          value={preset}
          onChange={(e) =>
            Number(e.target.value) >= 0 &&
            setGapAxes(pairings[Number(e.target.value)]!.rows, pairings[Number(e.target.value)]!.cols)
          }
        >
          {pairings.map(({ label }, i) => (
            <option key={label} value={i}>
              {label}
            </option>
          ))}
          {preset === -1 && <option value={-1}>Custom</option>}
        </select>
      </label>
      <TypeSelect
        label="Rows"
        value={rows}
        onChange={(t) => (t === cols ? setGapAxes(cols, rows) : setGapAxes(t, cols))}
      />
      <TypeSelect
        label="Columns"
        value={cols}
        onChange={(t) => (t === rows ? setGapAxes(cols, rows) : setGapAxes(rows, t))}
      />
      {(['rows', 'cols'] as const).map((axis) => (
        <span key={axis} className="gap-axis-options">
          <label>
            Sort {axis === 'rows' ? 'rows' : 'columns'}{' '}
            <select
              value={sort[axis]}
              onChange={(e) => setGapOptions({ gapSort: { ...sort, [axis]: e.target.value as GapSort } })}
            >
              {SORTS.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <input
            type="search"
            aria-label={`Filter ${axis === 'rows' ? 'rows' : 'columns'}`}
            placeholder={`Filter ${axis === 'rows' ? 'rows' : 'columns'}`}
            value={query[axis]}
            onChange={(e) => setGapOptions({ gapQuery: { ...query, [axis]: e.target.value } })}
          />
        </span>
      ))}
      <label>
        <input
          type="checkbox"
          checked={hideEmpty}
          onChange={() => setGapOptions({ gapHideEmpty: !hideEmpty })}
        />{' '}
        Hide empty
      </label>
      <label>
        <input type="checkbox" checked={split} onChange={() => setGapOptions({ gapSplit: !split })} /> Split
        MSC·exosome
      </label>
      <GapExports {...props} />
    </div>
  );
};

/** An entity-type picker for one axis (choosing the other axis's type swaps them). */
const TypeSelect = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (type: string) => void;
}) => {
  const types = useVocabulary().drawnTypes;
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {types.map((t) => (
          <option key={t.id} value={t.id}>
            {t.plural}
          </option>
        ))}
      </select>
    </label>
  );
};
