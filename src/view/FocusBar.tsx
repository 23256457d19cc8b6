import { useGraph } from '../dataset/DatasetContext';
import { useViewStore, useViewStoreApi } from '../state/store';
import { MAX_FOCUS_DEPTH } from '../state/viewTypes';

/** While focused: the neighbourhood depth, the breadcrumb of earlier foci, Back and Exit. */
export const FocusBar = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const focus = useViewStore((s) => s.focus);
  const trail = useViewStore((s) => s.trail);
  const { setFocusDepth, focusBack, focusTrailTo, clearFocus } = store.getState();
  if (!focus || !graph.hasNode(focus.id)) return null;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return (
    <nav className="focus-bar" aria-label="Focus">
      <ol className="breadcrumb">
        {trail.map((id, i) => (
          <li key={`${id}-${i}`}>
            <button type="button" className="relation-link" onClick={() => focusTrailTo(i)}>
              {label(id)}
            </button>
          </li>
        ))}
        <li aria-current="location">
          <strong>{label(focus.id)}</strong>
        </li>
      </ol>
      <label>
        Depth{' '}
        <select value={focus.depth} onChange={(e) => setFocusDepth(Number(e.target.value))}>
          {Array.from({ length: MAX_FOCUS_DEPTH }, (_, i) => i + 1).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={focusBack}>
        Back
      </button>
      <button type="button" onClick={clearFocus}>
        Exit focus
      </button>
    </nav>
  );
};
