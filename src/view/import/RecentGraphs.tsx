import { useDataset } from '../../dataset/DatasetContext';
import { useStoredGraphs } from '../../state/import/keepOpenedGraphs';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Recent graphs", beside "Open a graph…": the graphs opened in this browser (kept in its storage),
 * each to open again with its workspace, or to forget. Absent while there are none.
 */
export const RecentGraphs = () => {
  const recent = useStoredGraphs((s) => s.recent);
  const open = useStoredGraphs((s) => s.open);
  const forget = useStoredGraphs((s) => s.forget);
  const shown = useDataset().id;
  if (recent.length === 0) return null;
  return (
    <details className="recent-graphs">
      <summary className="toolbar-button">Recent graphs ({recent.length})</summary>
      <ul aria-label="Recent graphs">
        {recent.map((g) => (
          <li key={g.id} aria-current={g.id === shown ? 'true' : undefined}>
            <button type="button" onClick={() => void open(g.id)} aria-label={`Open ${g.name}`}>
              <strong>{g.name}</strong>
            </button>
            <span className="muted">
              {g.nodes} nodes · {g.edges} edges · opened {when(g.openedAt)}
            </span>
            <button type="button" onClick={() => void forget(g.id)} aria-label={`Forget ${g.name}`}>
              Forget
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
};
