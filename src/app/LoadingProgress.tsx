import type { LoadProgress } from './readWithProgress';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Shown from the first render until the graph is ready: the download's progress, then building. */
export const LoadingProgress = ({ progress }: { progress?: LoadProgress }) => (
  <div className="loading" role="status" aria-live="polite">
    <p>
      {progress?.phase === 'building'
        ? `Building the graph (${mb(progress.received)})…`
        : progress
          ? `Loading the graph… ${mb(progress.received)}${progress.total ? ` of ${mb(progress.total)}` : ''}`
          : 'Loading the graph…'}
    </p>
    {progress?.phase === 'downloading' && progress.total && (
      <progress max={progress.total} value={progress.received} />
    )}
    {progress?.phase === 'building' && <progress />}
  </div>
);
