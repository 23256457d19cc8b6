import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/staticServer';
import { findChromium } from '../support/chromium';

/** Serves the production build (npm test builds it first) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const found = await findChromium();
  console.log(`[browser tests] Chromium: ${found.path} (${found.source})`);
  const { server, url } = await serveStatic('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
