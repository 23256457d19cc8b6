/** npm run audit:claims — writes docs/claims-audit.md from docs/audit/*.yaml and graph-data/relations. */
import { writeFileSync } from 'node:fs';
import { auditCoverage } from './auditCoverage';
import { auditMarkdown } from './auditMarkdown';
import { readAuditGroups, relationRecordKeys } from './auditRecords';

const groups = readAuditGroups('docs/audit');
const coverage = auditCoverage(groups, relationRecordKeys('graph-data'));
writeFileSync('docs/claims-audit.md', auditMarkdown(groups, coverage));
console.log(
  `docs/claims-audit.md: ${groups.length} re-reads, ${coverage.records} records, ${coverage.unaudited.length} unaudited, ${coverage.stale.length} stale`,
);
if (coverage.unaudited.length > 0 || coverage.stale.length > 0) process.exitCode = 1;
