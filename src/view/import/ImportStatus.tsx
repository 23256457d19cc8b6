import { useImportSession } from '../../state/import/importSession';

const PHASES: Record<string, string> = {
  reading: 'Reading',
  decoding: 'Decoding',
  parsing: 'Reading the graph in',
  layout: 'Laying out',
  done: 'Showing',
};

/**
 * The import under way (progress and Cancel), or why it failed: the file and the place in it, and
 * that the graph on screen is untouched.
 */
export const ImportStatus = () => {
  const status = useImportSession((s) => s.status);
  const cancel = useImportSession((s) => s.cancel);
  const dismiss = useImportSession((s) => s.dismissFailure);
  if (status.kind === 'reading') {
    return (
      <div className="import-status" role="status" aria-label="Opening a graph">
        <p>
          {PHASES[status.phase] ?? 'Reading'} <strong>{status.name}</strong>…
        </p>
        <progress max={1} value={status.fraction} aria-label="Import progress" />
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <div className="import-status failed" role="alert" aria-label="The graph could not be opened">
        <p>
          <strong>{status.name}</strong> could not be opened; the graph on screen is unchanged.
        </p>
        <p className="import-error">{status.error}</p>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
};
