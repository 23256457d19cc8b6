import { buildCli } from '../support/buildCli';

/** Builds the `kg` command line once for the CLI tests. */
export default async function setup(): Promise<void> {
  await buildCli();
}
