import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { makeGraphData, VALID_FILES } from '../support/fixture';

const withPapers = (extra: string) =>
  loadGraph(makeGraphData({ 'papers.yaml': VALID_FILES['papers.yaml']! + extra }));

describe("the reference list's doubtful identifiers", () => {
  const third =
    '- ref: 3\n  authors: Lv H\n  title: Heat shock preconditioning\n  year: 2021\n  pmid: "11111111"\n';

  it('rejects a PMID printed for two different papers unless both say so', () => {
    const errors = errorsOf(withPapers(third).problems).map(formatProblem);
    expect(errors).toContain(
      'graph-data/papers.yaml:6 [paper/1] error: PMID 11111111 is also printed for different paper(s) 3; add a warning that names PMID 11111111',
    );
    expect(errors.some((e) => e.includes('[paper/3]'))).toBe(true);
  });

  it('accepts it with warnings, and never trusts that PMID', () => {
    const flagged = withPapers(`${third}  warnings: ["PMID 11111111 is shared with ref 1"]\n`);
    const papers = flagged.problems.filter((p) => p.severity === 'error' && p.id === 'paper/3');
    expect(papers).toEqual([]);
    expect(flagged.graph!.getNodeAttribute('paper/3', 'pmid_trusted')).toBe(false);
  });

  it('detects a reference printed twice and marks the later one as a duplicate', () => {
    const dup =
      '- ref: 3\n  authors: Wang T, Xu Z\n  title: Cell-to-cell contact induces differentiation.\n  year: 2006\n';
    const errors = errorsOf(withPapers(dup).problems).map(formatProblem);
    expect(errors).toContain(
      'graph-data/papers.yaml:11 [paper/3] error: reference 3 is the same paper as 2; add a warning that names it',
    );
    expect(errors).toContain(
      'graph-data/papers.yaml:7 [paper/2] error: reference 2 is the same paper as 3; add a warning that names it',
    );
    const ok = withPapers(`${dup}  warnings: ["Duplicate of reference 2"]\n`);
    expect(errorsOf(ok.problems).filter((p) => p.id === 'paper/3')).toEqual([]);
    expect(ok.graph!.getNodeAttribute('paper/3', 'duplicate_of')).toBe(2);
  });
});
