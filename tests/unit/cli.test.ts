import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, makeGraphData, VALID_FILES } from '../support/fixture';
import { runKg } from '../support/runKg';

const sourceFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-src-')), 'review.txt');
  writeFileSync(path, text);
  return path;
};

describe('kg validate', () => {
  it('exits 0 on valid data and summarises it', () => {
    const run = runKg('validate', '--data', makeGraphData());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^valid: 8 entities, 2 relations; \d+ warning\(s\)$/m);
  });

  it('exits 1 and lists every problem on invalid data', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace('to: factor/vegf', 'to: factor/nope').replace(
      'refs: [1]',
      'refs: [9]',
    );
    const run = runKg('validate', '--data', makeGraphData({ 'relations/table.yaml': bad }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'graph-data/relations/table.yaml:3 [strategy/hypoxic-preconditioning--increases--factor/nope] error: "to" names factor/nope, which does not exist',
    );
    expect(run.stderr).toContain('reference 9 is not in papers.yaml');
    expect(run.stderr).toMatch(/^invalid: 2 error\(s\)/m);
  });

  it('with --source, passes when every quote occurs (whitespace, quote marks and dashes aside)', () => {
    const run = runKg('validate', '--data', makeGraphData(), '--source', sourceFile(FIXTURE_SOURCE));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 quotes checked against');
  });

  it('with --source, lists each quote that does not occur', () => {
    const run = runKg(
      'validate',
      '--data',
      makeGraphData(),
      '--source',
      sourceFile(FIXTURE_SOURCE.replace('improved the heart', 'helped the heart')),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'graph-data/relations/2.3.1.yaml:16 [strategy/hypoxic-preconditioning--improves--disease/heart-attack] error: quote not found in the source text: "MSCs improved the heart [2]."',
    );
  });
});

describe('kg misuse and help', () => {
  it('prints usage with --help', () => {
    const run = runKg('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run kg -- <command> [options]');
  });

  it.each([
    [['frobnicate'], 'kg: unknown command "frobnicate"; expected one of'],
    [['export'], 'kg: export needs --format (json, graphology, jgf, cyjs, gexf, graphml, csv, bel)'],
    [['export', '--format', 'dot'], 'kg: unknown format "dot"'],
    [['validate', '--sauce', 'x'], "kg: Unknown option '--sauce'"],
    [['validate', '--source', '/no/such/file.txt'], 'kg: --source file not found: /no/such/file.txt'],
  ])('exits 2 with a one-line reason: %j', (args, reason) => {
    const run = runKg(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(reason);
  });
});

describe('kg stats and export', () => {
  it('counts entities, relations, evidence per level and section, and unused references', () => {
    const run = runKg('stats', '--data', makeGraphData());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/increases\s+1/);
    expect(run.stdout).toMatch(/Evidence items: 3/);
    expect(run.stdout).toMatch(/animal\s+2/);
    expect(run.stdout).toMatch(/Table 2\s+1/);
    expect(run.stdout).toContain('References cited: 2 of 2');
  });

  it('exports the documented graphology serialization', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-out-')), 'graph.json');
    const run = runKg('export', '--format', 'graphology', '--out', out, '--data', makeGraphData());
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(json.attributes).toMatchObject({ title: 'A review', doi: '10.1000/xyz' });
    const edge = json.edges.find(
      (e: { key: string }) => e.key === 'strategy/hypoxic-preconditioning--increases--factor/vegf',
    );
    expect(edge).toMatchObject({
      source: 'strategy/hypoxic-preconditioning',
      target: 'factor/vegf',
      attributes: { relation: 'increases' },
    });
    expect(edge.attributes.evidence[0]).toMatchObject({ refs: [1], level: 'animal', section: '2.3.1' });
    const paper = json.nodes.find((n: { key: string }) => n.key === 'paper/1');
    expect(paper.attributes).toMatchObject({
      type: 'paper',
      ref: 1,
      pmid: '11111111',
      pmid_trusted: true,
      warnings: [],
    });
  });
});
