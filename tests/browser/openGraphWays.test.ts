import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDataset } from '../../src/formats/readDataset';
import type { ImportedDataset } from '../../src/formats/types';
import { TEST_BUILD } from '../support/builds';
import { launchChromium } from '../support/chromium';
import { LAB_CSV, nodeCount, openedBar, pickText } from '../support/openedGraphPage';
import { openApp } from '../support/page';

/**
 * The other ways in and out of a graph: `?data=` (a file of this site, fetched once; a reload
 * restores it from this browser's storage), a dropped file, Cancel during a slow read (the graph on
 * screen stays), and the Export panel's graph file, read back by our own reader.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Three genes and two relations, as GraphML (no positions). */
const LAB_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <graph id="lab" edgedefault="directed">
    <node id="g1"><data key="label">TP53</data></node>
    <node id="g2"><data key="label">MDM2</data></node>
    <node id="g3"><data key="label">CDKN1A</data></node>
    <edge source="g2" target="g1"/>
    <edge source="g1" target="g3"/>
  </graph>
</graphml>
`;

/** The review graph the build emitted, read by our reader: what every export must match. */
const builtReview = (): ImportedDataset => {
  const dir = join(TEST_BUILD, 'data');
  const name = readdirSync(dir).find((f) => /^review-graph\..*\.json$/.test(f))!;
  return readBack(name, readFileSync(join(dir, name), 'utf8'));
};

const readBack = (name: string, text: string): ImportedDataset => {
  const result = readDataset([{ name, text }]);
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
};

const evidenceCount = (d: ImportedDataset) =>
  d.graph.edges.reduce((n, e) => n + (e.attributes?.evidence.length ?? 0), 0);

const waitForApp = (page: Page) =>
  page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });

describe('?data=, drop, Cancel and the graph file export', () => {
  it('opens ?data=<a file of this site>, once: a reload restores it; Back to the review drops the link', async () => {
    const { page, context, errors } = await openApp(browser);
    const review = await nodeCount(page);
    let served = 0;
    await context.route(`${inject('baseUrl')}test-data/**`, (route) => {
      served += 1;
      return route.fulfill({ status: 200, contentType: 'application/xml', body: LAB_GRAPHML });
    });
    await page.goto(`${inject('baseUrl')}?data=test-data/lab.graphml`);
    await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(3);
    await expect(openedBar(page).textContent()).resolves.toContain('test-data/lab.graphml');
    expect(served).toBe(1);
    // Kept once it is listed among the recent graphs (the write to IndexedDB is asynchronous: a
    // reload before it ends shows the review, which a loaded CI machine once hit).
    await page.getByText('Recent graphs (1)').waitFor({ timeout: 30_000 });

    await page.reload();
    await waitForApp(page);
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(3);
    expect(served).toBe(1);

    await openedBar(page).getByRole('button', { name: 'Back to the review' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(review);
    expect(page.url()).not.toContain('data=');
    await page.reload();
    await waitForApp(page);
    expect(await nodeCount(page)).toBe(review);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('refuses ?data= of another origin, keeping the review', async () => {
    const { page, context } = await openApp(browser, '?data=https://example.org/graph.csv');
    const alert = page.getByRole('alert', { name: 'The graph could not be opened' });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toContain('opens files of this site only');
    expect(await openedBar(page).count()).toBe(0);
    await context.close();
  });

  it('opens a file dropped on the page', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      const fire = (type: string) =>
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      fire('dragenter');
      fire('dragover');
    }, LAB_CSV);
    await expect(page.getByText('Drop a graph file to open it').count()).resolves.toBe(1);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, LAB_CSV);
    await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(4);
    await expect(openedBar(page).textContent()).resolves.toContain('Showing dropped.csv');
    expect(await page.getByText('Drop a graph file to open it').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('Cancel during a slow read leaves the graph on screen as it was', async () => {
    const { page, context, errors } = await openApp(browser);
    await pickText(page, 'lab.csv', LAB_CSV);
    await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(4);
    const rows = ['Source,Target'];
    for (let i = 0; i < 240_000; i += 1) rows.push(`n${i % 90_000},n${(i * 7 + 1) % 90_000}`);
    await pickText(page, 'big.csv', `${rows.join('\n')}\n`);
    const status = page.getByRole('status', { name: 'Opening a graph' });
    await status.waitFor({ timeout: 30_000 });
    await expect(status.textContent()).resolves.toContain('big.csv');
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status.count()).toBe(0);
    // Long enough for the read to have finished had it not been stopped.
    await page.waitForTimeout(5_000);
    expect(await nodeCount(page)).toBe(4);
    await expect(openedBar(page).textContent()).resolves.toContain('Showing lab.csv');
    expect(await page.getByRole('alert', { name: 'The graph could not be opened' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('exports the whole graph from the Export panel; our reader reads it back with the same counts', async () => {
    const { page, context, errors } = await openApp(browser);
    const review = builtReview();
    await page.getByRole('button', { name: 'Export' }).click();
    const format = page.getByLabel('Format');
    await format.waitFor({ timeout: 30_000 });
    for (const [value, name] of [
      ['graphml', 'review-graph.graphml'],
      ['json', 'review-graph.json'],
    ] as const) {
      await format.selectOption(value);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download graph' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const back = readBack(name, readFileSync((await download.path())!, 'utf8'));
      expect(back.format).toBe(value);
      expect(back.graph.nodes.length).toBe(review.graph.nodes.length);
      expect(back.graph.edges.length).toBe(review.graph.edges.length);
      expect(evidenceCount(back)).toBe(evidenceCount(review));
      expect(back.report.dropped).toEqual([]);
    }
    expect(review.graph.nodes.length).toBeGreaterThan(50);
    expect(evidenceCount(review)).toBeGreaterThan(review.graph.edges.length - 1);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
