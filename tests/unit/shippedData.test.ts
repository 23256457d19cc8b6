import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { checkQuotes } from '../../src/model/quoteCheck';
import { sectionCoverage } from '../../src/model/sectionCoverage';

/** The review's text is not part of the project; its path comes from REVIEW_TEXT or the shared default. */
export const REVIEW_TEXT = resolve(process.env.REVIEW_TEXT ?? '../shared/seeds/000_990e1eed67c9b46e.txt');

describe('the shipped graph-data', () => {
  const result = loadGraph(resolve('graph-data'));

  it('validates with zero errors', () => {
    expect(errorsOf(result.problems).map(formatProblem)).toEqual([]);
  });

  it.skipIf(!existsSync(REVIEW_TEXT))(`quotes every statement verbatim from ${REVIEW_TEXT}`, () => {
    expect(checkQuotes(result.data!, readFileSync(REVIEW_TEXT, 'utf8')).map(formatProblem)).toEqual([]);
  });

  it.skipIf(!existsSync(REVIEW_TEXT))(
    'captures, in every section, each reference the text cites there',
    () => {
      const coverage = sectionCoverage(result.graph!, readFileSync(REVIEW_TEXT, 'utf8'));
      expect(coverage.find((c) => c.section === 'Table 1')?.cited).toHaveLength(15);
      expect(coverage.filter((c) => c.missing.length > 0)).toEqual([]);
    },
  );

  it('flags the PMIDs the reference list prints for several different papers and never trusts them', () => {
    const graph = result.graph!;
    for (const ref of [54, 56, 72, 74, 119, 37, 58, 60, 94, 96, 99, 131, 73, 80, 81]) {
      const paper = graph.getNodeAttributes(`paper/${ref}`);
      expect(paper.pmid_trusted, `ref ${ref}`).toBe(false);
      expect(paper.warnings.join(' '), `ref ${ref}`).toContain(paper.pmid!);
    }
    expect(graph.getNodeAttribute('paper/130', 'pmid_trusted')).toBe(true);
  });

  it('marks the reference printed twice (116 and 137)', () => {
    expect(result.graph!.getNodeAttribute('paper/137', 'duplicate_of')).toBe(116);
  });
});
