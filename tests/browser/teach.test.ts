import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const { data } = loadGraph(resolve('graph-data'));
const story = data!.stories.find((s) => s.value.id === 'how-mscs-act')!.value;
const KEY = 'msc-review-graph:stories';
const draft = {
  id: 'draft-lesson',
  title: 'Lesson',
  audience: 'Class',
  summary: 'Three steps.',
  steps: ['First', 'Second', 'Third'].map((title) => ({
    title,
    caption: `The ${title.toLowerCase()} step.`,
    view: { focus: ['factor/vegf'] },
  })),
};

const reload = async (page: Page) => {
  await page.reload();
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });
};

const stepTitle = (page: Page) =>
  page.getByRole('region', { name: 'Story' }).locator('.step-title').textContent();

const savedTitles = (page: Page, id: string) =>
  page.evaluate(
    ([key, story]) => {
      const raw = JSON.parse(window.localStorage.getItem(key!) ?? '{}') as {
        stories?: { id: string; steps: { title: string }[] }[];
      };
      return raw.stories?.find((s) => s.id === story)?.steps.map((s) => s.title) ?? [];
    },
    [KEY, id],
  );

// Thumbnails are drawn one by one on a shared, busy machine: generous timeouts, never counted at once.
describe('teaching aids', { timeout: 180_000 }, () => {
  it('the overview shows a drawn thumbnail of every step and jumps to the one clicked', async () => {
    const { page, errors, context } = await openApp(browser, '?story=how-mscs-act&step=1');
    await page.keyboard.press('o');
    const dialog = page.getByRole('dialog', { name: `Step overview: ${story.title}` });
    await expect
      .poll(() => dialog.locator('.overview-open').count(), { timeout: 20_000 })
      .toBe(story.steps.length);
    await expect
      .poll(() => dialog.locator('img[src^="data:image/png"]').count(), { timeout: 60_000 })
      .toBe(story.steps.length);
    // Every thumbnail is a picture of its own step, not one image repeated.
    const sources = await dialog
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(new Set(sources).size).toBeGreaterThan(1);
    await dialog
      .getByRole('button', { name: `Step 3 of ${story.steps.length}: ${story.steps[2]!.title}` })
      .click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.url()).toContain('step=3');
    await expect(stepTitle(page)).resolves.toBe(story.steps[2]!.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a lecturer’s own story reorders from the overview with the keyboard, and the order is saved', async () => {
    const { page, errors, context } = await openApp(browser);
    await page.evaluate(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [KEY, JSON.stringify({ version: 2, stories: [draft] })],
    );
    await page.goto(page.url().replace(/\?.*$/, '') + '?story=draft-lesson&step=1');
    await reload(page);
    await expect(stepTitle(page)).resolves.toBe('First');
    await page.getByRole('button', { name: 'Overview (O)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Step overview: Lesson' });
    const first = dialog.getByRole('button', { name: 'Step 1 of 3: First' });
    await expect.poll(() => first.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Alt+ArrowRight');
    await expect
      .poll(() => dialog.locator('.overview-caption').allTextContents())
      .toEqual(['1 Second', '2 First', '3 Third']);
    await dialog.getByRole('button', { name: 'Move step 3 earlier' }).click();
    await expect
      .poll(() => dialog.locator('.overview-caption').allTextContents())
      .toEqual(['1 Second', '2 Third', '3 First']);
    await expect.poll(() => savedTitles(page, 'draft-lesson')).toEqual(['Second', 'Third', 'First']);
    // The story being played stays on its step ("First", now third).
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect(stepTitle(page)).resolves.toBe('First');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a reload, + Step adds to the story being edited instead of starting another', async () => {
    const { page, errors, context } = await openApp(browser);
    await page.getByRole('button', { name: '+ Step' }).click();
    const count = () =>
      page.evaluate((key) => {
        const raw = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
          stories?: { steps: unknown[] }[];
        };
        return (raw.stories ?? []).map((s) => s.steps.length);
      }, KEY);
    await expect.poll(count).toEqual([1]);
    await reload(page);
    await page.getByRole('button', { name: '+ Step' }).click();
    await expect.poll(count).toEqual([2]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('notices stack below the focus bar and never cover its Back and Exit buttons', async () => {
    const { page, context } = await openApp(browser, '?focus=factor/vegf');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: '+ Step' }).click();
    const notices = page.locator('.notices .notice');
    await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(2);
    const bar = page.locator('.focus-bar');
    await expect.poll(() => bar.isVisible()).toBe(true);
    for (const button of await bar.getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      // What a click at the button's centre hits is the button itself, not a notice.
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.focus-bar') !== null,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe(true);
    }
    await context.close();
  });
});
