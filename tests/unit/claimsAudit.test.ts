import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCoverage } from '../../scripts/claimsAudit/auditCoverage';
import { auditMarkdown } from '../../scripts/claimsAudit/auditMarkdown';
import { readAuditGroups, relationRecordKeys } from '../../scripts/claimsAudit/auditRecords';

const groups = readAuditGroups('docs/audit');
const coverage = auditCoverage(groups, relationRecordKeys('graph-data'));

describe('the claims audit (docs/claims-audit.md)', () => {
  it('covers every relation record of graph-data, and names none that is gone', () => {
    expect(coverage.records).toBeGreaterThan(500);
    expect(coverage.unaudited).toEqual([]);
    expect(coverage.stale).toEqual([]);
  });

  it('is up to date with docs/audit (run npm run audit:claims)', () => {
    expect(readFileSync('docs/claims-audit.md', 'utf8')).toBe(auditMarkdown(groups, coverage));
  });

  it('finds a record the audit does not cover, and an entry whose record is gone', () => {
    const keys = relationRecordKeys('graph-data');
    const extra = 'factor/x--enhances--therapy/msc@graph-data/relations/new.yaml';
    const partial = auditCoverage(groups, [...keys.slice(1), extra]);
    expect(partial.unaudited).toEqual([extra]);
    expect(partial.stale).toEqual([keys[0]]);
  });

  it('escapes a reason that would break its table row', () => {
    const text = auditMarkdown(
      [
        {
          id: 'x',
          title: 'X',
          entries: [
            { edge: 'a--b--c', file: 'f', verdict: 'kept', reason: 'a | b\nc', items: 1, group: 'x' },
          ],
        },
      ],
      { records: 1, unaudited: [], stale: [] },
    );
    expect(text).toContain('| `a--b--c` | f | kept | 1 | a \\| b c |');
  });
});
