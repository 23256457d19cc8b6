import { forgetDataParam } from '../../state/import/useDataParam';
import { useImportSession } from '../../state/import/importSession';

/** While an opened graph is on screen: its name, its import report, and "Back to the review". */
export const OpenedGraphBar = () => {
  const opened = useImportSession((s) => s.opened);
  const reportOpen = useImportSession((s) => s.reportOpen);
  const showReport = useImportSession((s) => s.showReport);
  const back = useImportSession((s) => s.backToReview);
  if (!opened) return null;
  const name =
    opened.origin.kind === 'file'
      ? opened.origin.name
      : opened.origin.kind === 'url'
        ? opened.origin.url
        : opened.id;
  return (
    <div className="opened-graph" role="region" aria-label="Opened graph">
      <span>
        Showing <strong>{name}</strong>
      </span>
      <button type="button" onClick={() => showReport(!reportOpen)} aria-pressed={reportOpen}>
        Import report
      </button>
      <button
        type="button"
        onClick={() => {
          forgetDataParam();
          back();
        }}
      >
        Back to the review
      </button>
    </div>
  );
};
