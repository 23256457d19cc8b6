import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/staticServer';
import { findChromium } from '../support/chromium';
import { TEST_BUILD } from '../support/builds';

/** Serves the test build (npm test builds it first) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${TEST_BUILD}/index.html`))
    throw new Error(`${TEST_BUILD}/ is missing: run \`npm run build:test\` before the browser tests.`);
  const found = await findChromium();
  console.log(`[browser tests] Chromium: ${found.path} (${found.source})`);
  const { server, url } = await serveStatic(TEST_BUILD);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
