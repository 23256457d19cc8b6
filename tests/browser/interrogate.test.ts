import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { compareNeighbourhoods } from '../../src/model/compare/compareNeighbourhoods';
import { vocabOf } from '../../src/model/vocabOf';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const graph = loadGraph(resolve('graph-data')).graph!;
const IDS = ['strategy/preconditioning', 'strategy/genetic-modification'];
const EDGE = 'therapy/exoflo--improves--disease/severe-covid-19';

describe('interrogating the evidence', () => {
  it('?compare=A,B restores the comparison; shared and unique rows and canvas marks equal the graph', async () => {
    const expected = compareNeighbourhoods(graph, IDS, { narrower: true });
    const { page, context, errors } = await openApp(browser, `?compare=${IDS.join(',')}`);
    const table = page.getByRole('table', { name: 'Neighbours side by side' });
    await table.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Compare', pressed: true }).count()).toBe(1);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expected.rows.length);
    const shared = expected.rows.filter((r) => r.share === 'shared');
    expect(shared.length).toBeGreaterThan(0);
    expect(await table.locator('tbody tr.share-shared').count()).toBe(shared.length);
    expect(await table.locator('tbody tr.share-unique').count()).toBe(
      expected.rows.filter((r) => r.share === 'unique').length,
    );
    const marked = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy
        .nodes('.compare-shared')
        .map((n) => n.id())
        .sort(),
    );
    expect(marked).toEqual(
      [...new Set(shared.map((r) => r.neighbour))].filter((id) => !IDS.includes(id)).sort(),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every section in order and opens "read in context" at the statement', async () => {
    const { page, context } = await openApp(browser, `?edge=${EDGE}`);
    await page.getByRole('button', { name: 'Read in context' }).first().click();
    const reader = page.getByRole('region', { name: 'Reader view' });
    await reader.waitFor({ timeout: 30_000 });
    const sections = vocabOf(graph).sections.map((s) => s.title);
    const listed = await reader
      .getByRole('navigation', { name: 'Sections' })
      .locator('li a')
      .allTextContents();
    expect(listed).toEqual(sections);
    const quote = graph.getEdgeAttribute(EDGE, 'evidence')[0]!.quote;
    const here = reader.locator('[aria-current="location"]');
    await expect(here.textContent()).resolves.toContain(quote.slice(0, 40));
    expect(page.url()).toMatch(/read=\d+\.\d+/);
    await context.close();
  });

  it('keeps a flag across a reload and lists it in the audit view', async () => {
    const { page, context } = await openApp(browser, `?edge=${EDGE}`);
    await page.getByRole('button', { name: 'Flag' }).first().click();
    const form = page.getByRole('form', { name: 'Flag this evidence item' });
    await form.getByLabel('Wrong direction').check();
    await form.getByLabel('Note').fill('checked against the trial');
    await form.getByRole('button', { name: 'Save flag' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Audit' }).click();
    const audit = page.getByRole('region', { name: 'Audit view' });
    await audit.waitFor({ timeout: 30_000 });
    const flags = audit.getByRole('list', { name: 'Flags' }).locator('li');
    await expect.poll(() => flags.count()).toBe(1);
    await expect(flags.first().textContent()).resolves.toContain('checked against the trial');
    await context.close();
  });
});
