import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/page';
import { itWhen } from '../support/requires';
import { EXTERNAL_FIXTURES, hasExternalFixtures, MISSING_FIXTURES } from '../support/sharedFixtures';

/**
 * Opening a graph file in the browser (a real file of ../shared/fixtures/external): read and laid
 * out in a Web Worker, shown as the current dataset with its import report, the review one click
 * away; a broken file says why (file and line) and leaves the review on screen.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const nodeCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length);

const pick = (page: Page, file: string) =>
  page.getByLabel('Graph file to open').setInputFiles(join(EXTERNAL_FIXTURES, file));

describe('opening a graph file', () => {
  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'shows its nodes and the import report, then goes back to the review',
    async () => {
      const { page, context, errors } = await openApp(browser);
      const review = await nodeCount(page);
      await pick(page, 'graphology-missing_nodes.gexf');
      // Six nodes: two declared, four created for the edges that name them (the report says so).
      await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(6);
      const report = page.getByRole('region', { name: 'Import report' });
      await expect
        .poll(() => report.textContent(), { timeout: 10_000 })
        .toContain('graphology-missing_nodes.gexf');
      const text = (await report.textContent()) ?? '';
      expect(text).toMatch(/showing 6 nodes and 4 edges/);
      expect(text).toContain('no positions (laid out here)');
      expect(text).toContain('named by an edge but never declared');
      const positions = await page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .nodes()
          .map((n) => n.position())
          .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
      );
      expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(6);
      // Its edges carry no evidence, and no filter is set: all four are drawn, including the three
      // whose ids are also node ids (Cytoscape has one id space; they were dropped before).
      const drawnEdges = await page.evaluate(
        () =>
          (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges().filter((e) => e.visible())
            .length,
      );
      expect(drawnEdges).toBe(4);
      const bar = page.getByRole('region', { name: 'Opened graph' });
      await expect(bar.textContent()).resolves.toContain('Showing graphology-missing_nodes.gexf');
      await bar.getByRole('button', { name: 'Back to the review' }).click();
      await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(review);
      expect(await page.getByRole('region', { name: 'Import report' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );

  itWhen(
    hasExternalFixtures(),
    MISSING_FIXTURES,
    'says why a broken file cannot be opened, naming file and line, and keeps the review',
    async () => {
      const { page, context, errors } = await openApp(browser);
      const review = await nodeCount(page);
      await pick(page, 'graphology-miserables_broken.graphml');
      const alert = page.getByRole('alert', { name: 'The graph could not be opened' });
      await alert.waitFor({ timeout: 60_000 });
      await expect(alert.textContent()).resolves.toContain(
        'graphology-miserables_broken.graphml:12: <data key="label"> names a key that no <key> element declares',
      );
      expect(await nodeCount(page)).toBe(review);
      expect(await page.getByRole('region', { name: 'Opened graph' }).count()).toBe(0);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      expect(await alert.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
