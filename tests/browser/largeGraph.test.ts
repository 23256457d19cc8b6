import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';
import { LARGE_GRAPH_MIN } from '../../src/view/canvas/renderSettings';
import { SEARCH_INDEX_MEASURE } from '../../src/view/search/entitySearch';

/**
 * A graph past the large-graph threshold, opened from a file as a reader would: progress shows
 * at once, the page never goes blank, and the graph opens in large-graph mode (relations hidden
 * until the view narrows, said so on screen) where a tap still paints a node and its relations.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const NODES = LARGE_GRAPH_MIN + 500;

/** An edge list: a ring and a chord from every node, so every node has relations (2 per node). */
const edgeList = (n: number): Buffer => {
  const lines = ['source,target'];
  for (let i = 0; i < n; i++) lines.push(`n${i},n${(i + 1) % n}`, `n${i},n${(i * 7 + 3) % n}`);
  return Buffer.from(lines.join('\n'));
};

type Cy = import('cytoscape').Core;
const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return { nodes: cy.nodes().length, drawnEdges: cy.edges().filter((e) => e.visible()).length };
  });

/** Where each search index built so far is answered ('page' or 'worker'), in order. */
const indexBuiltIn = (page: Page) =>
  page.evaluate(
    (name) => performance.getEntriesByName(name).map((e) => (e as PerformanceMeasure).detail.where as string),
    SEARCH_INDEX_MEASURE,
  );

describe('a large graph', () => {
  it('opens in large-graph mode with progress first, and a tap still shows a node with its relations', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByLabel('Graph file to open').setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: edgeList(NODES),
    });
    // Progress before anything else: the reader sees the file is being read.
    await page.getByLabel('Import progress').waitFor({ timeout: 5_000 });
    const banner = page.locator('.large-graph-banner');
    await banner.waitFor({ timeout: 240_000 });
    expect(await banner.textContent()).toContain(`${NODES.toLocaleString('en')} entities`);
    expect(await banner.textContent()).toMatch(/Relations are hidden/);
    await expect.poll(() => counts(page), { timeout: 120_000 }).toEqual({ nodes: NODES, drawnEdges: 0 });
    await banner.getByRole('button', { name: /Draw all relations/ }).waitFor();

    // A tap paints the node and brings its own relations forward (its ring and chord neighbours).
    await tap(page, 'n100');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const cy = (window as unknown as { __cy: Cy }).__cy;
            const n = cy.getElementById('n100');
            return {
              selected: n.hasClass('selected'),
              drawn: n.connectedEdges().filter((e) => e.visible()).length,
            };
          }),
        { timeout: 60_000 },
      )
      .toEqual({ selected: true, drawn: 4 });
    expect((await counts(page)).drawnEdges).toBe(4);

    // Search is answered by a worker at this size, and Enter picks the hit.
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('n12345');
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Search results' }).textContent(), {
        timeout: 60_000,
      })
      .toContain('n12345');
    // The review opened first may have built its small index on the page; this graph's is the last.
    expect((await indexBuiltIn(page)).at(-1)).toBe('worker');
    await page.keyboard.press('Enter');
    // (An opened graph keeps the review's address, so the pick shows on the canvas and in the panel.)
    await expect
      .poll(
        () =>
          page.evaluate(() => (window as unknown as { __cy: Cy }).__cy.$('node.selected').map((n) => n.id())),
        { timeout: 30_000 },
      )
      .toEqual(['n12345']);
    expect(errors).toEqual([]);
    await context.close();
  }, 420_000);
});
