import type { DebtKind, DebtRow } from '../../model/audit/evidenceDebt';

const KINDS: [DebtKind, string][] = [
  ['review_only', 'Review statements only'],
  ['one_study', 'One study'],
  ['in_vitro_only', 'In vitro only'],
];

/** Evidence debt per section or per entity type: claims, and how many rest on thin ground. */
export const EvidenceDebtTable = ({
  caption,
  rows,
  name,
}: {
  caption: string;
  rows: DebtRow[];
  name: (key: string) => string;
}) => (
  <table className="evidence-table debt-table">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">{caption.replace(/^By /, '')}</th>
        <th scope="col">Claims</th>
        {KINDS.map(([k, label]) => (
          <th key={k} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{name(r.key)}</th>
          <td>{r.claims}</td>
          {KINDS.map(([k]) => (
            <td key={k}>{r.kinds[k].length}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
