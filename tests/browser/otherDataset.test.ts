import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { serveStatic } from '../support/staticServer';

/**
 * The app built from another dataset (tests/fixtures/other-dataset: people and places, no levels,
 * no references) shows that dataset's own types, filters and gap map: nothing is review-specific.
 */
let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kg-other-'));
  const build = spawnSync(
    resolve('node_modules/.bin/vite'),
    ['build', '--mode', 'test', '--outDir', outDir, '--emptyOutDir'],
    {
      env: {
        ...process.env,
        GRAPH_DATA: 'tests/fixtures/other-dataset',
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  ({ server, url } = await serveStatic(outDir));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

const open = async (query = ''): Promise<{ page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${url}${query}`);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });
  return { page, errors };
};

describe('the app on another dataset', () => {
  it('draws its entities with its own legend and filters, and no evidence-level filter', async () => {
    const { page, errors } = await open();
    expect(
      await page.evaluate(
        () => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length,
      ),
    ).toBe(6);
    const legend = page.getByRole('navigation', { name: /Legend/ });
    await expect(legend.textContent()).resolves.toMatch(/People.*Places.*Organisations/s);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.textContent()).resolves.toContain('The letters');
    expect(await filters.getByText('Minimum evidence level').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an entity and a relation from the URL, with its evidence and no level badge', async () => {
    const { page, errors } = await open('?edge=person/ada--knows--person/charles');
    const panel = page.getByRole('region', { name: 'Evidence' });
    await expect(panel.locator('blockquote').first().textContent()).resolves.toContain('Ada met Charles');
    await expect(panel.textContent()).resolves.toContain('The letters');
    expect(await panel.locator('.badge.level').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the gap map of its default pairing, people × places', async () => {
    const { page, errors } = await open('?view=gaps');
    const table = page.getByRole('table', { name: /People × Places/ });
    await expect
      .poll(() => table.getByRole('button', { name: /Ada × London: 2 evidence items/ }).count())
      .toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
