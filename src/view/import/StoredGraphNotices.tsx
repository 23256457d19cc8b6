import type { AsideRecord } from '../../io/openedGraphs';
import { useStoredGraphs } from '../../state/import/keepOpenedGraphs';
import { downloadBlob } from '../common/download';

const download = (record: AsideRecord) =>
  downloadBlob(
    new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' }),
    `kept-graph-${record.key ?? 'record'}.json`,
  );

/**
 * What the reader must know about the graphs kept in this browser: storage full or unavailable,
 * and every record that could not be read, kept aside until the reader downloads or discards it.
 */
export const StoredGraphNotices = () => {
  const notices = useStoredGraphs((s) => s.notices);
  const aside = useStoredGraphs((s) => s.aside);
  const dismiss = useStoredGraphs((s) => s.dismiss);
  const discard = useStoredGraphs((s) => s.discardAside);
  if (notices.length === 0 && aside.length === 0) return null;
  return (
    <div className="stored-graph-notices" role="alert" aria-label="Kept graphs">
      {notices.map((n) => (
        <p key={n.id}>
          {n.text}{' '}
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
      {aside.length > 0 && (
        <section aria-label="Kept aside">
          <h2>Kept aside ({aside.length})</h2>
          <ul>
            {aside.map((a) => (
              <li key={a.key}>
                <strong>{a.id}</strong>: {a.why}{' '}
                <button type="button" onClick={() => download(a)}>
                  Download
                </button>{' '}
                <button type="button" onClick={() => a.key !== undefined && void discard(a.key)}>
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};
