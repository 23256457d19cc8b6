import { useMemo } from 'react';
import { stringify } from 'yaml';
import { useDataset } from '../../dataset/DatasetContext';
import { applicable, auditPatch, describeChange, PATCH_HEADER } from '../../model/audit/auditPatch';
import { evidenceDebt } from '../../model/audit/evidenceDebt';
import { useViewStore } from '../../state/store';
import { downloadBlob } from '../common/download';
import { EvidenceDebtTable } from './EvidenceDebtTable';

/**
 * The reader's evidence flags (kept in this browser), exported as a patch in graph-data terms for
 * `kg audit --apply`; and the evidence debt of the graph per section and per entity type.
 */
const AuditView = () => {
  const { id, graph, vocabulary: v } = useDataset();
  const flags = useViewStore((s) => s.flags);
  const removeFlag = useViewStore((s) => s.removeFlag);
  const selectEdge = useViewStore((s) => s.selectEdge);
  const debt = useMemo(() => evidenceDebt(graph), [graph]);
  const exportPatch = () =>
    downloadBlob(
      new Blob([PATCH_HEADER + stringify(auditPatch(id, flags))], { type: 'application/yaml' }),
      `audit-${id}.yaml`,
    );
  return (
    <section className="audit-view" aria-label="Audit view">
      <h2>Evidence audit</h2>
      <p className="muted">
        {flags.length} flag{flags.length === 1 ? '' : 's'} kept in this browser;{' '}
        {flags.filter(applicable).length} of them `kg audit --apply` can apply, the rest are listed for a
        curator.
      </p>
      <button type="button" disabled={flags.length === 0} onClick={exportPatch}>
        Export patch (YAML)
      </button>
      <ul className="flag-list" aria-label="Flags">
        {flags.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className="relation-link"
              onClick={() => graph.hasEdge(f.edge) && selectEdge(f.edge)}
            >
              {f.from} {v.verb(f.relation)} {f.to}
            </button>
            : {describeChange(f)}
            {f.note && <span className="muted"> — {f.note}</span>}{' '}
            <button type="button" onClick={() => removeFlag(f.id)} aria-label={`Remove flag ${f.id}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <h3>Evidence debt</h3>
      <EvidenceDebtTable
        caption="By section"
        rows={debt.bySection}
        name={(key) => v.sections.find((s) => s.id === key)?.title ?? key}
      />
      <EvidenceDebtTable caption="By entity type" rows={debt.byType} name={(key) => v.typeInfo(key).plural} />
    </section>
  );
};

export default AuditView;
