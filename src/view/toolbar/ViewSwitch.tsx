import { useViewStore } from '../../state/store';
import type { ViewName } from '../../state/viewTypes';

const VIEWS: [ViewName, string][] = [
  ['graph', 'Graph'],
  ['gaps', 'Gap map'],
  ['compare', 'Compare'],
  ['reader', 'Reader'],
  ['audit', 'Audit'],
];

/** Graph alone, or the gap map, the comparison, the reader or the audit above the graph. */
export const ViewSwitch = () => {
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(([id, label]) => (
        <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
          {label}
        </button>
      ))}
    </div>
  );
};
