import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphBundle } from '../../src/build/graphBundle';
import { makeGraphData, VALID_FILES } from '../support/fixture';

const BAD = {
  'relations/table.yaml': VALID_FILES['relations/table.yaml']!.replace('level: animal', 'level: folklore'),
};

describe('the build step', () => {
  it('bundles valid data with a reproducible default layout', () => {
    const a = buildGraphBundle(makeGraphData());
    const b = buildGraphBundle(makeGraphData());
    expect(a.hash).toBe(b.hash);
    const bundle = JSON.parse(a.json);
    expect(Object.keys(bundle.positions).sort()).toEqual(
      [
        'disease/heart-attack',
        'factor/vegf',
        'strategy/hypoxic-preconditioning',
        'therapy/bm-msc',
        'therapy/msc',
        'therapy/msc-exosome',
      ].sort(),
    );
  });

  it('refuses invalid data, listing the problems', () => {
    expect(() => buildGraphBundle(makeGraphData(BAD))).toThrow(
      /graph-data\/relations\/table\.yaml:8 \[.*\] error: evidence\.0\.level/,
    );
  });

  it('makes `vite build` fail on invalid data, printing the problem list without a stack trace', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kg-dist-'));
    const run = spawnSync(resolve('node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, GRAPH_DATA: makeGraphData(BAD), VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain(
      'graph-data/relations/table.yaml:8 [strategy/hypoxic-preconditioning--increases--factor/vegf] error: evidence.0.level',
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Error:|errors: \[Getter/);
  }, 120_000);
});
