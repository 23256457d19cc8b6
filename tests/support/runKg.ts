import { spawnSync } from 'node:child_process';
import { BUILT_CLI, ROOT } from './buildCli';

export interface KgRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `kg` command line as a user would (a separate process, from the project root), from
 * the bundle the unit tests' global setup built from src/cli/kg.ts.
 */
export const runKg = (...args: string[]): KgRun => {
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
};
