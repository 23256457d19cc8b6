import { useImportSession } from '../../state/import/importSession';
import { ReportEntries } from './ReportEntries';

/**
 * The import report of the opened graph: what the file held, what is shown, which attribute became
 * which field, what was merged, dropped (and why, and where), and what is worth knowing.
 */
export const ImportReportPanel = () => {
  const report = useImportSession((s) => s.report);
  const open = useImportSession((s) => s.reportOpen);
  const show = useImportSession((s) => s.showReport);
  if (!report || !open) return null;
  const { read } = report;
  return (
    <aside className="import-report" role="region" aria-label="Import report">
      <header>
        <h2>
          Opened {report.file} <span className="muted">({report.format})</span>
        </h2>
        <button type="button" onClick={() => show(false)} aria-label="Close the import report">
          ×
        </button>
      </header>
      <p className="report-counts">
        Read {read.nodes} nodes and {read.edges} edges
        {read.positions > 0 ? `, ${read.positions} positions` : ', no positions (laid out here)'}
        {read.stories > 0 ? `, ${read.stories} stories` : ''}; showing {report.nodes} nodes and {report.edges}{' '}
        edges.
      </p>
      <ReportEntries title="Mapped" entries={report.mapped} />
      <ReportEntries title="Merged" entries={report.merged} />
      <ReportEntries title="Dropped" entries={report.dropped} />
      <ReportEntries title="Worth knowing" entries={report.problems} />
    </aside>
  );
};
