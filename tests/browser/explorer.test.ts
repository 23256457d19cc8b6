import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { graphStats } from '../../src/model/stats';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator('.status-line').textContent();
const counts = async (page: Page) => {
  const text = (await status(page)) ?? '';
  const match = /Showing (\d+) of (\d+) entities · (\d+) of (\d+) relations/.exec(text);
  if (!match) throw new Error(`the status line does not show counts: "${text}"`);
  const [n, m, k, l] = match.slice(1).map(Number) as [number, number, number, number];
  return { n, m, k, l };
};

describe('the explorer', () => {
  it('loads without console errors, and its counts match `kg stats`', async () => {
    const { page, errors, context } = await openApp(browser);
    const stats = graphStats(loadGraph(resolve('graph-data')).graph!);
    const entities = Object.entries(stats.entities).reduce(
      (n, [type, c]) => (type === 'paper' ? n : n + c),
      0,
    );
    const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
    expect(await counts(page)).toEqual({ n: entities, m: entities, k: relations, l: relations });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches labels and aliases; Enter opens the entity panel', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('TGF-beta1');
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Search results' }).textContent())
      .toContain('Factors');
    // The review is small enough to search on the page, without a worker's round trip.
    expect(
      await page.evaluate(() =>
        performance.getEntriesByName('search-index').map((e) => (e as PerformanceMeasure).detail.where),
      ),
    ).toEqual(['page']);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Entity' });
    await expect(panel.textContent()).resolves.toContain('TGF-β1');
    expect(page.url()).toContain('node=factor/tgf-b1');
    expect(
      await page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .getElementById('factor/tgf-b1')
          .hasClass('selected'),
      ),
    ).toBe(true);
    await context.close();
  });

  it('opens ?edge= with its quote and full citation, PubMed linked only when trusted', async () => {
    const { page, context } = await openApp(
      browser,
      '?edge=therapy/exoflo--improves--disease/severe-covid-19',
    );
    const panel = page.getByRole('region', { name: 'Evidence' });
    const text = await panel.textContent();
    expect(text).toContain('ExoFlo');
    expect(text).toContain('Sengupta V, Sengupta S, Lazo A, et al.');
    expect(await panel.getByRole('link', { name: 'PubMed 32380908' }).count()).toBe(1);
    await context.close();
    const doubtful = await openApp(browser, '?edge=strategy/hypoxic-preconditioning--increases--factor/vegf');
    const evidence = doubtful.page.getByRole('region', { name: 'Evidence' });
    expect(await evidence.getByRole('link', { name: /PubMed 31900237/ }).count()).toBe(0);
    await expect(evidence.textContent()).resolves.toContain('PMID 31900237 as printed is doubtful');
    expect(
      await evidence.getByRole('link', { name: 'Search PubMed for this title' }).count(),
    ).toBeGreaterThan(0);
    await doubtful.context.close();
  });

  it('changes the status counts when a filter changes, and keeps positions', async () => {
    const { page, context } = await openApp(browser);
    const before = await counts(page);
    const position = () =>
      page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .getElementById('therapy/msc')
          .position(),
      );
    const p0 = await position();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('radio', { name: /Clinical only/ }).check();
    await expect.poll(async () => (await counts(page)).k).toBeLessThan(before.k);
    expect((await counts(page)).k).toBeGreaterThan(0);
    expect(page.url()).toContain('level=clinical');
    await page.getByRole('button', { name: /Diseases and injuries/ }).click();
    await expect.poll(async () => (await counts(page)).n).toBeLessThan(before.n);
    expect(await position()).toEqual(p0);
    await context.close();
  });

  it('lists the shortest paths between two entities and highlights one', async () => {
    const { page, context } = await openApp(
      browser,
      '?path=strategy/hypoxic-preconditioning,disease/spinal-cord-injury',
    );
    const list = page.getByRole('list', { name: 'Paths found' });
    await expect(list.textContent()).resolves.toContain('Hypoxic preconditioning');
    const onPath = await page.evaluate(
      () => (window as unknown as { __cy: import('cytoscape').Core }).__cy.$('.path').length,
    );
    expect(onPath).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('walks back through selections with the browser Back button', async () => {
    const { page, context } = await openApp(browser, '?node=factor/vegf');
    await tap(page, 'factor/hgf');
    await expect.poll(() => page.url()).toContain('node=factor/hgf');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('node=factor/vegf');
    await expect(page.getByRole('region', { name: 'Entity' }).textContent()).resolves.toContain('VEGF');
    await context.close();
  });

  it('reaches the evidence of a relation by keyboard alone, through the list view', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected'))
      .toBe('true');
    const inRelationTable = () =>
      page.evaluate(() => {
        const table = document.activeElement?.closest('tbody')?.closest('table');
        return !!table?.caption?.textContent?.startsWith('Relations');
      });
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // The list is a lazy view: wait until it is drawn before walking to it.
    await page.getByRole('button', { name: 'Skip to the relations' }).waitFor();
    let presses = 0;
    while ((await focusedText()) !== 'Skip to the relations' && presses < 20) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await page.keyboard.press('Enter');
    await expect
      .poll(inRelationTable, { message: `no relation reached (${presses} Tab presses to the skip button)` })
      .toBe(true);
    // The relation reads as a sentence with both ends, as the row shows them.
    const sentence = await page.evaluate(() => {
      const cells = Array.from(document.activeElement?.closest('tr')?.cells ?? []).slice(0, 3);
      return {
        name: document.activeElement?.getAttribute('aria-label'),
        row: cells.map((c) => c.textContent).join(' '),
      };
    });
    expect(sentence.name).toBe(sentence.row);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Evidence' });
    await expect(panel.locator('blockquote').first().textContent()).resolves.toMatch(/^“.+”$/s);
    await context.close();
  });

  it('ignores unknown or malformed URL parameters with a visible notice', async () => {
    const { page, errors, context } = await openApp(browser, '?node=factor/nothing&level=best&zzz=1');
    const notices = await page.getByRole('alert').textContent();
    expect(notices).toContain('Ignored ?node=factor/nothing: no such entity.');
    expect(notices).toContain('Ignored unknown parameter ?zzz.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('focuses a neighbourhood to a depth and fades the rest', async () => {
    const { page, context } = await openApp(browser, '?focus=factor/vegf&depth=1');
    const faded = () =>
      page.evaluate(
        () => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('.faded').length,
      );
    const one = await faded();
    expect(one).toBeGreaterThan(100);
    await page.getByRole('navigation', { name: 'Focus' }).getByLabel('Depth').selectOption('2');
    await expect.poll(faded).toBeLessThan(one);
    expect(page.url()).toContain('depth=2');
    await context.close();
  });

  it('lists what a reference supports and highlights it', async () => {
    const { page, context } = await openApp(browser, '?ref=72');
    const panel = page.getByRole('region', { name: 'References' });
    await expect(panel.textContent()).resolves.toContain('Hypoxic preconditioning — increases → VEGF');
    const bright = await page.evaluate(
      () => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().not('.faded').length,
    );
    expect(bright).toBeGreaterThan(2);
    expect(bright).toBeLessThan(30);
    await context.close();
  });
});

describe('layouts', () => {
  it('recomputes the force layout in a Web Worker and moves the nodes there, without errors', async () => {
    const { page, errors, context } = await openApp(browser);
    const position = () =>
      page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .getElementById('therapy/msc')
          .position(),
      );
    const before = await position();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('force');
    await expect.poll(position, { timeout: 20_000 }).not.toEqual(before);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('layered');
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (window as unknown as { __cy: import('cytoscape').Core }).__cy
                .getElementById('cell_source/bone-marrow')
                .position().x,
          ),
        { timeout: 10_000 },
      )
      .toBeLessThan(
        await page.evaluate(
          () =>
            (window as unknown as { __cy: import('cytoscape').Core }).__cy
              .getElementById('disease/covid-19')
              .position().x,
        ),
      );
    expect(page.url()).toContain('layout=layered');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says a force layout is running, with Stop; Stop leaves every node where it was', async () => {
    const { page, errors, context } = await openApp(browser);
    const positions = () =>
      page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .nodes()
          .map((n) => `${n.id()} ${n.position().x.toFixed(2)} ${n.position().y.toFixed(2)}`)
          .join('\n'),
      );
    const before = await positions();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('force');
    const progress = page.locator('.layout-progress[role=status]');
    // The worker takes about a second on this graph: Stop is pressed as soon as it shows.
    await progress.getByRole('button', { name: 'Stop' }).click({ timeout: 5_000 });
    await expect.poll(() => progress.count()).toBe(0);
    await page.waitForTimeout(2_500); // a result that landed anyway would move the nodes by now
    expect(await positions()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the progress until the positions land, then clears it', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('force');
    const progress = page.locator('.layout-progress[role=status]');
    await expect
      .poll(() => progress.textContent(), { timeout: 5_000 })
      .toMatch(/Computing the layout|iterations/);
    await expect.poll(() => progress.count(), { timeout: 20_000 }).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('force-layout-applied').length)).toBe(1);
    await context.close();
  });
});
