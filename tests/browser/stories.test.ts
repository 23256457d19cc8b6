import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { refsOfEdges } from '../../src/model/citationExport';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const { graph, data } = loadGraph(resolve('graph-data'));
const story = data!.stories.find((s) => s.value.id === 'how-mscs-act')!.value;
const caption = (page: Page) =>
  page.getByRole('region', { name: 'Story' }).locator('.step-title').textContent();

describe('guided stories', () => {
  it('open at a step from the URL and follow the keyboard, the URL and Back/Forward', async () => {
    const { page, errors, context } = await openApp(browser, '?story=how-mscs-act&step=1');
    await expect(caption(page)).resolves.toBe(story.steps[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('step=2');
    await expect(caption(page)).resolves.toBe(story.steps[1]!.title);
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).toContain(`step=${story.steps.length}`);
    await page.keyboard.press('Home');
    await expect.poll(() => page.url()).toContain('step=1');
    await page.goBack();
    await expect.poll(() => page.url()).toContain(`step=${story.steps.length}`);
    await expect(caption(page)).resolves.toBe(story.steps.at(-1)!.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hide a quiz step’s relation until it is revealed', async () => {
    const index = story.steps.findIndex((s) => s.quiz);
    const hidden = story.steps[index]!.quiz!.hide;
    const { page, context } = await openApp(browser, `?story=how-mscs-act&step=${index + 1}`);
    const concealed = () =>
      page.evaluate(
        (id) =>
          (window as unknown as { __cy: import('cytoscape').Core }).__cy
            .getElementById(id)
            .hasClass('concealed'),
        hidden,
      );
    await expect.poll(concealed).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(concealed).toBe(false);
    expect(page.url()).toContain(`step=${index + 1}`);
    await expect(page.getByRole('region', { name: 'Story' }).textContent()).resolves.toContain('Answer:');
    // The revealed answer names the hidden link: its source, its verb and its target.
    const [from, to] = await page.evaluate((id) => {
      const e = (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById(id);
      return [e.source().data('label') as string, e.target().data('label') as string];
    }, hidden);
    expect(await page.locator('.quiz strong').innerText()).toMatch(
      new RegExp(`^${literal(from)} — \\S.* → ${literal(to)}$`),
    );
    await context.close();
  });

  it.each([
    [1920, 1080],
    [1280, 720],
  ])('present full screen at %i×%i, legibly, and leave with Escape', async (width, height) => {
    const { page, context } = await openApp(browser, '?story=where-mscs-come-from&step=3', { width, height });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    expect(page.url()).toContain('present=1');
    expect(await page.locator('header.toolbar').isVisible()).toBe(false);
    const bar = (await page.getByRole('region', { name: 'Story' }).boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(height);
    expect(bar.height).toBeLessThan(height * 0.5);
    const fontSize = await page
      .locator('.step-caption')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `test-results/presentation-${width}x${height}.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await expect.poll(() => page.locator('header.toolbar').isVisible()).toBe(true);
    await context.close();
  });

  it('cite what is on screen: the BibTeX of a step contains its references', async () => {
    const step = story.steps.findIndex((s) => (s.view.edges?.length ?? 0) > 0);
    const expected = refsOfEdges(graph!, story.steps[step]!.view.edges!);
    const { page, context } = await openApp(browser, `?story=how-mscs-act&step=${step + 1}`);
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'BibTeX' }).click(),
    ]);
    const bib = readFileSync((await download.path())!, 'utf8');
    for (const ref of expected) expect(bib).toContain(`ref${ref},`);
    await context.close();
  });
});

describe('authoring', () => {
  it('builds a two-step story from views, keeps it across a reload, exports and re-imports it', async () => {
    const { page, context } = await openApp(browser, '?node=factor/vegf');
    await page.getByRole('button', { name: '+ Step' }).click();
    await tap(page, 'strategy/hypoxic-preconditioning--increases--factor/vegf');
    await page.getByRole('button', { name: '+ Step' }).click();
    await page.getByRole('tab', { name: 'Stories' }).click();
    const mine = page.getByRole('article', { name: 'My story: My story' });
    await expect(mine.textContent()).resolves.toContain('Edit (2 steps)');
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as { __cy?: unknown }).__cy);
    await page.getByRole('tab', { name: 'Stories' }).click();
    await expect(page.getByRole('article', { name: 'My story: My story' }).textContent()).resolves.toContain(
      'Edit (2 steps)',
    );

    await page.getByRole('article', { name: 'My story: My story' }).getByText('Edit (2 steps)').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export YAML' }).click(),
    ]);
    const file = (await download.path())!;
    expect(readFileSync(file, 'utf8')).toContain('strategy/hypoxic-preconditioning--increases--factor/vegf');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as { __cy?: unknown }).__cy);
    await page.getByRole('tab', { name: 'Stories' }).click();
    await expect(page.getByText('No stories of your own yet.').count()).resolves.toBe(1);
    await page
      .getByLabel('Import a story (YAML or JSON)')
      .setInputFiles({ name: 'my-story.yaml', mimeType: 'application/yaml', buffer: readFileSync(file) });
    await expect(page.getByRole('article', { name: 'My story: My story' }).textContent()).resolves.toContain(
      'Edit (2 steps)',
    );
    await context.close();
  });

  it('rejects a bad story file with a clear message', async () => {
    const { page, context } = await openApp(browser, '?panel=stories');
    await page
      .getByLabel('Import a story (YAML or JSON)')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Import failed. bad.json: id:');
    await context.close();
  });
});

describe('image exports', () => {
  it('writes a PNG at the chosen scale and a valid SVG', async () => {
    const { page, context } = await openApp(browser);
    const size = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return { w: cy.width(), h: cy.height() };
    });
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByLabel('Scale').selectOption('2');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(size.w * 2);
    expect(bytes.readUInt32BE(20)).toBe(size.h * 2);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<\?xml|^<svg/);
    expect(text).toContain('</svg>');
    expect(text).toContain('Therapy agents');
    await context.close();
  });
});

/** A label as a regular expression matching itself. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
