import type { MappedEntry, ReportEntry } from '../../formats/types';

/** One section of the import report: a heading with its count, then each entry (what, why, where). */
export const ReportEntries = ({
  title,
  entries,
}: {
  title: string;
  entries: (ReportEntry | MappedEntry)[];
}) => {
  if (entries.length === 0) return null;
  return (
    <section className="report-section" aria-label={title}>
      <h3>
        {title} ({entries.length})
      </h3>
      <ul>
        {entries.map((entry, i) => (
          <li key={i}>
            <strong>{entry.what}</strong>
            {'to' in entry ? <> → {entry.to}</> : null}: {entry.why}
            {'where' in entry && entry.where ? <span className="report-where"> ({entry.where})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
