import { useState } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { comparable } from '../../model/compare/compareNeighbourhoods';
import { useViewStore, useViewStoreApi } from '../../state/store';

/** Choose a type, then two or three of its entities; the choice goes to the store (and so to the URL). */
export const ComparePicker = () => {
  const graph = useGraph();
  const v = useVocabulary();
  const store = useViewStoreApi();
  const current = useViewStore((s) => s.compare);
  const firstType =
    current[0] && graph.hasNode(current[0]) ? graph.getNodeAttribute(current[0], 'type') : undefined;
  const [type, setType] = useState(firstType ?? v.drawnTypes[0]?.id ?? '');
  const [chosen, setChosen] = useState<string[]>(current.length > 0 ? current : ['', '', '']);
  const entities = graph
    .filterNodes((_id, a) => a.type === type)
    .sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  const ids = chosen.filter(Boolean);
  const problem = comparable(graph, ids);
  return (
    <form
      className="compare-picker"
      aria-label="Choose what to compare"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) store.getState().setCompare(ids);
      }}
    >
      <label>
        Type{' '}
        <select
          value={type}
          onChange={(e) => {
            setType(e.target.value);
            setChosen(['', '', '']);
          }}
        >
          {v.drawnTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.plural}
            </option>
          ))}
        </select>
      </label>
      {[0, 1, 2].map((k) => (
        <label key={k}>
          {k === 2 ? 'Third (optional)' : k === 0 ? 'First' : 'Second'}{' '}
          <select
            value={chosen[k] ?? ''}
            onChange={(e) => setChosen(chosen.map((c, i) => (i === k ? e.target.value : c)))}
          >
            <option value="">—</option>
            {entities.map((id) => (
              <option key={id} value={id}>
                {graph.getNodeAttribute(id, 'label')}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" disabled={!!problem}>
        Compare
      </button>
      {problem && ids.length > 0 && <span className="muted"> ({problem})</span>}
    </form>
  );
};
