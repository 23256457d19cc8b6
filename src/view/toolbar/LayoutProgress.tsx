import { useViewStore } from '../../state/store';

/** While a force layout runs in its worker: what it is, how far it got, and Stop. */
export const LayoutProgress = () => {
  const job = useViewStore((s) => s.layoutJob);
  if (!job) return null;
  const text = job.applying
    ? 'Placing the nodes…'
    : job.total > 1
      ? `${job.algorithm}: ${job.done} of ${job.total} iterations`
      : `Computing the layout${job.algorithm ? ` (${job.algorithm})` : ''}…`;
  return (
    <span className="layout-progress" role="status">
      {job.total > 1 && !job.applying && <progress max={job.total} value={job.done} />} {text}{' '}
      {!job.applying && (
        <button type="button" onClick={job.stop}>
          Stop
        </button>
      )}
    </span>
  );
};
