import { build } from 'esbuild';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
/** Where the unit tests' global setup bundles the `kg` command line, once per run. */
export const BUILT_CLI = resolve(ROOT, 'node_modules/.tmp/kg-cli/kg.mjs');

/**
 * Bundles src/cli/kg.ts into one ES module (dependencies stay external), so that each CLI test
 * starts a plain `node` process in a fraction of the time a TypeScript loader needs.
 */
export const buildCli = async (): Promise<void> => {
  await build({
    entryPoints: [resolve(ROOT, 'src/cli/kg.ts')],
    outfile: BUILT_CLI,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
};
