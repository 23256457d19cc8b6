import { entryKey, type AuditGroup } from './auditRecords';

export interface AuditCoverage {
  records: number;
  /** Records of graph-data with no audit entry that keeps them. */
  unaudited: string[];
  /** Entries that say a record stands (any verdict but removed) where graph-data has none. */
  stale: string[];
}

/** Which shipped relation records the audit covers, and which entries no longer match the data. */
export const auditCoverage = (
  groups: readonly AuditGroup[],
  recordKeys: readonly string[],
): AuditCoverage => {
  const standing = new Set<string>();
  for (const e of groups.flatMap((g) => g.entries)) if (e.verdict !== 'removed') standing.add(entryKey(e));
  const records = new Set(recordKeys);
  return {
    records: records.size,
    unaudited: [...records].filter((k) => !standing.has(k)),
    stale: [...standing].filter((k) => !records.has(k)),
  };
};
