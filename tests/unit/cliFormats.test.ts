import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITE_FORMATS } from '../../src/formats/exportDataset';
import { loadGraph } from '../../src/io/loadGraph';
import { BUILT_CLI, ROOT } from '../support/buildCli';
import { makeGraphData } from '../support/fixture';
import { runKg } from '../support/runKg';

const out = () => mkdtempSync(join(tmpdir(), 'kg-formats-'));
const data = makeGraphData();
const { graph } = loadGraph(data);

describe('kg export --format F', () => {
  it.each(WRITE_FORMATS.filter((f) => f !== 'bel' && f !== 'csv'))(
    '%s: kg import reads it back with every entity and relation',
    (format) => {
      const file = join(out(), `graph.${format}`);
      const exported = runKg('export', '--format', format, '--out', file, '--data', data);
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stderr.trim()).toBe(
        `wrote ${graph!.order} entities and ${graph!.size} relations to ${file}`,
      );
      const imported = runKg('import', file);
      expect(imported.status, imported.stderr).toBe(0);
      const report = JSON.parse(imported.stdout);
      expect(Object.keys(report).slice(0, 5)).toEqual(['format', 'nodes', 'edges', 'dropped', 'problems']);
      expect(report).toMatchObject({ format, nodes: graph!.order, edges: graph!.size, dropped: [] });
    },
  );

  it('graphology: byte-identical to the graph’s own serialization, as before', () => {
    const run = runKg('export', '--format', 'graphology', '--data', data);
    const { schema: _schema, ...attributes } = graph!.getAttributes();
    expect(run.stdout).toBe(`${JSON.stringify({ ...graph!.export(), attributes }, null, 2)}\n`);
    expect(run.stdout).not.toContain('"schema"');
  });

  it('csv: --out names a prefix for two tables; kg import reads them together', () => {
    const prefix = join(out(), 'review');
    expect(runKg('export', '--format', 'csv', '--out', prefix, '--data', data).stderr).toContain(
      `${prefix}.nodes.csv and ${prefix}.edges.csv`,
    );
    const run = runKg('import', `${prefix}.nodes.csv`, `${prefix}.edges.csv`);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'csv', nodes: graph!.order, edges: graph!.size });
  });

  it('csv to stdout: both tables after their section lines, which kg import reads back', () => {
    const run = runKg('export', '--format', 'csv', '--data', data);
    expect(run.stdout).toMatch(
      /^# nodes\.csv\nid,label,type,aliases,description,[^]*\n# edges\.csv\nid,source,target,relation,/,
    );
    const file = join(out(), 'both.csv');
    writeFileSync(file, run.stdout);
    expect(JSON.parse(runKg('import', file).stdout)).toMatchObject({
      nodes: graph!.order,
      edges: graph!.size,
    });
  });

  it('bel: one statement per evidence item', () => {
    const run = runKg('export', '--format', 'bel', '--data', data);
    const items = graph!.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(run.stdout.match(/^SET Support = /gm)).toHaveLength(items);
  });

  it('stays quiet when its reader stops early (EPIPE)', () => {
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BUILT_CLI}" export --format json --data "${data}" | head -c 20`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stdout).toHaveLength(20);
    expect(run.stderr).toBe('');
  });
});

describe('kg import', () => {
  it('reports what it mapped, merged and dropped', () => {
    const run = runKg('import', 'tests/hostile/duplicate-ids.json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'graphology', nodes: 2, edges: 2 });
    expect(report.merged[0]).toMatchObject({
      what: 'node "a"',
      where: 'tests/hostile/duplicate-ids.json:nodes[0] and tests/hostile/duplicate-ids.json:nodes[1]',
    });
  });

  it.each([
    [
      'tests/hostile/undeclared-key.graphml',
      'kg: tests/hostile/undeclared-key.graphml:4: <data key="ghost"> names a key that no <key> element declares',
    ],
    ['tests/hostile/truncated.json', 'kg: tests/hostile/truncated.json:1: not valid JSON'],
    [
      'tests/hostile/billion-laughs.graphml',
      'kg: tests/hostile/billion-laughs.graphml:13: declares XML entities',
    ],
    [
      'tests/hostile/latin1-bytes.csv',
      'kg: tests/hostile/latin1-bytes.csv:2: byte 18 (0xE9) is not valid UTF-8',
    ],
  ])('exits 1 with one line naming the file and place: %s', (file, line) => {
    const run = runKg('import', file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(line);
    expect(run.stdout).toBe('');
  });

  it('--format overrides detection', () => {
    const run = runKg('import', 'tests/hostile/self-loops.csv', '--format', 'graphml');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'kg: tests/hostile/self-loops.csv: holds text that is not JSON or XML, not graphml',
    );
  });
});

describe('kg misuse and file-system failures: one line, exit 2', () => {
  const dir = out();
  it.each([
    [['import'], 'kg: import needs a FILE to read'],
    [['import', 'a', 'b', 'c'], 'kg: unexpected argument "c"'],
    [
      ['import', 'x.json', '--format', 'dot'],
      'kg: unknown format "dot"; expected one of json, graphology, jgf, cyjs, graphml, gexf, csv',
    ],
    [['import', '/no/such/file.gexf'], 'kg: import file not found: /no/such/file.gexf'],
    [['import', dir], `kg: import is a folder, not a file: ${dir}`],
    [['export', '--format', 'nope'], 'kg: unknown format "nope"; expected one of json, graphology'],
    [
      ['export', '--format', 'gexf', '--out', '/no/such/dir/g.gexf', '--data', data],
      'kg: cannot write --out /no/such/dir/g.gexf: the folder /no/such/dir does not exist',
    ],
    [
      ['export', '--format', 'graphology', '--out', dir, '--data', data],
      `kg: cannot write --out ${dir}: it is a folder`,
    ],
  ])('%j', (args, line) => {
    const run = runKg(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toContain(line);
    expect(existsSync('/no/such/dir')).toBe(false);
  });

  it('prints the formats in --help', () => {
    const help = runKg('--help').stdout;
    for (const format of WRITE_FORMATS) expect(help).toMatch(new RegExp(`^ +${format} +\\S`, 'm'));
    expect(help).toContain('import FILE [FILE2] [--format F]');
    expect(readFileSync('README.md', 'utf8')).toContain('npm run kg -- import FILE');
  });
});
