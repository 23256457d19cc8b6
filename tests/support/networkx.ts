import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './buildCli';

const SCRIPT = resolve(ROOT, 'tests/support/networkx_read.py');

export interface NetworkxPython {
  python: string;
  networkx: string;
  /** Whether this NetworkX reads GEXF 1.3 (3.x does; Debian bookworm's 2.8 reads 1.1 and 1.2 only). */
  gexf13: boolean;
}

/**
 * A Python with NetworkX: `$NETWORKX_PYTHON`, `python3` on the PATH, or Debian's `/usr/bin/python3`
 * (`apt-get install python3-networkx`), preferring one that reads GEXF 1.3. Undefined when none.
 */
export const findNetworkx = (): NetworkxPython | undefined => {
  const found: NetworkxPython[] = [];
  for (const python of [process.env.NETWORKX_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!python || found.some((f) => f.python === python)) continue;
    const run = spawnSync(python, [SCRIPT, 'version'], { encoding: 'utf8', timeout: 30_000 });
    if (run.status !== 0) continue;
    const info = JSON.parse(run.stdout) as { networkx: string; gexf13: boolean };
    found.push({ python, ...info });
  }
  return found.find((f) => f.gexf13) ?? found[0];
};

/** Runs the reader script; its JSON output. */
export const networkxRead = <T>(
  python: NetworkxPython,
  kind: 'graphml' | 'gexf' | 'jgf',
  file: string,
): T => {
  const run = spawnSync(python.python, [SCRIPT, kind, file], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`NetworkX could not read ${file}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
};

export const MISSING_NETWORKX =
  'no python3 with NetworkX found (set NETWORKX_PYTHON, or apt-get install -y python3-networkx): ' +
  'the GraphML/GEXF/JGF exports are not read back by an independent reader';
