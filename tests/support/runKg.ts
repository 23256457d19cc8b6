import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

export interface KgRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the `kg` command line as a user would (a separate process), from the project root. */
export const runKg = (...args: string[]): KgRun => {
  const result = spawnSync(TSX, [resolve(ROOT, 'src/cli/kg.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
};
