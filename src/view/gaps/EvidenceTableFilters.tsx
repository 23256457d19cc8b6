import { useVocabulary } from '../../dataset/DatasetContext';
import { queryActive } from '../../model/gaps/evidenceQuery';
import { useViewStore, useViewStoreApi } from '../../state/store';

/**
 * The evidence table's filters. Level, section and therapy are the app's own evidence filters (the
 * same state as the Filters panel); words, outcome and reference are the table's, and narrow the
 * matrix and the canvas too.
 */
export const EvidenceTableFilters = ({ count }: { count: number }) => {
  const store = useViewStoreApi();
  const v = useVocabulary();
  const q = useViewStore((s) => s.gapEvidence);
  const filters = useViewStore((s) => s.filters);
  const set = (patch: Partial<typeof q>) =>
    store.getState().setGapOptions({ gapEvidence: { ...q, ...patch } });
  return (
    <div className="gap-controls evidence-filters" role="group" aria-label="Filter the evidence">
      <input
        type="search"
        aria-label="Words in the statement or its entities"
        placeholder="Words…"
        value={q.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      {v.levels.length > 0 && (
        <label>
          Level at least{' '}
          <select
            value={filters.minLevel ?? ''}
            onChange={(e) => store.getState().setFilters({ minLevel: e.target.value || undefined })}
          >
            <option value="">any</option>
            {v.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Section{' '}
        <select
          value={filters.sections.length === 1 ? filters.sections[0] : ''}
          onChange={(e) => store.getState().setFilters({ sections: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">
            {filters.sections.length > 1 ? `${filters.sections.length} chosen` : 'all'}
          </option>
          {v.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} {s.title}
            </option>
          ))}
        </select>
      </label>
      {v.schema.outcomes.length > 0 && (
        <label>
          Outcome{' '}
          <select value={q.outcome} onChange={(e) => set({ outcome: e.target.value })}>
            <option value="">any</option>
            {v.schema.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {v.referenceType && (
        <label>
          Reference{' '}
          <input
            type="number"
            min={1}
            aria-label="Reference number"
            value={q.ref ?? ''}
            onChange={(e) => set({ ref: e.target.value ? Number(e.target.value) : null })}
          />
        </label>
      )}
      <span className="muted" role="status">
        {count} evidence item{count === 1 ? '' : 's'}
      </span>
      {queryActive(q) && (
        <button type="button" onClick={() => set({ text: '', outcome: '', ref: null })}>
          Clear table filters
        </button>
      )}
    </div>
  );
};
