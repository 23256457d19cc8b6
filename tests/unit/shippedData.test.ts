import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { checkQuotes } from '../../src/model/quoteCheck';
import { sectionCoverage } from '../../src/model/sectionCoverage';
import { hasReviewText, inCI, MISSING_REVIEW_TEXT, REVIEW_TEXT } from '../support/reviewText';

/**
 * Checks against the review's text. Without the text: in CI a failing test that says what is
 * missing; elsewhere a skip announced on the console (and listed again at the end of the run).
 */
const withReviewText = (name: string, check: (text: string) => void): void => {
  if (hasReviewText()) it(name, () => check(readFileSync(REVIEW_TEXT, 'utf8')));
  else if (inCI()) it(name, () => expect.fail(`CI: ${MISSING_REVIEW_TEXT}`));
  else {
    console.warn(`skipped: ${name}: ${MISSING_REVIEW_TEXT}`);
    it.skip(name, () => undefined);
  }
};

describe('the shipped graph-data', () => {
  const result = loadGraph(resolve('graph-data'));

  it('validates with zero errors', () => {
    expect(errorsOf(result.problems).map(formatProblem)).toEqual([]);
  });

  withReviewText(`quotes every statement verbatim from ${REVIEW_TEXT}`, (text) => {
    expect(checkQuotes(result.data!, text).map(formatProblem)).toEqual([]);
  });

  withReviewText('captures, in every section, each reference the text cites there', (text) => {
    const coverage = sectionCoverage(result.graph!, text);
    expect(coverage.find((c) => c.section === 'Table 1')?.cited).toHaveLength(15);
    expect(coverage.filter((c) => c.missing.length > 0)).toEqual([]);
  });

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
