import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'msc-review-graph:stories';
const draft = {
  id: 'draft-heart',
  title: 'Heart',
  audience: 'Class',
  summary: 'One step.',
  steps: [{ title: 'VEGF', caption: 'It raises VEGF.', view: { focus: ['factor/vegf'] } }],
};

/** Seeds the saved stories, then reloads: the app must come up as it does with nothing saved. */
const reloadWith = async (page: Page, raw: string): Promise<void> => {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [KEY, raw]);
  await page.reload();
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });
};

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)) as Record<string, string>);

describe('damaged saved stories never break the app', () => {
  it('a null story: the app works, the other story loads, the damaged one is said and kept', async () => {
    const { page, errors, context } = await openApp(browser, '?panel=stories');
    await reloadWith(page, JSON.stringify({ version: 2, stories: [null, draft] }));
    await expect(page.getByRole('article', { name: 'My story: Heart' }).count()).resolves.toBe(1);
    const recover = page.getByRole('alert', { name: 'Saved stories' });
    await expect
      .poll(() => recover.locator('h2').allTextContents())
      .toEqual(['1 saved story could not be read: it is kept in this browser']);
    const backup = Object.entries(await stored(page)).find(([k]) => k.startsWith(`${KEY}:backup-`));
    expect(JSON.parse(backup![1])).toEqual({ version: 2, stories: [null] });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an impossible version (-1e300) does not hang the page', async () => {
    const { page, errors, context } = await openApp(browser);
    // Before, the migration loop never ended: the page never drew (reloadWith would time out).
    await reloadWith(page, JSON.stringify({ version: -1e300, stories: [draft] }));
    await expect
      .poll(() => page.getByRole('alert', { name: 'Saved stories' }).locator('h2').allTextContents())
      .toEqual(['1 saved story could not be read: it is kept in this browser']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an emptied caption gets a message and is not saved: after a reload the story is intact', async () => {
    const { page, context } = await openApp(browser, '?panel=stories');
    await reloadWith(page, JSON.stringify({ version: 2, stories: [draft] }));
    const mine = page.getByRole('article', { name: 'My story: Heart' });
    await mine.getByText('Edit (1 steps)').click();
    const caption = mine.getByLabel('Caption (your own words; **bold**, [label](id) links)');
    await caption.fill('');
    await expect(mine.getByRole('alert').textContent()).resolves.toContain(
      'A caption cannot be empty: this change is not saved',
    );
    await page.waitForTimeout(400);
    await reloadWith(page, (await stored(page))[KEY]!);
    const saved = JSON.parse((await stored(page))[KEY]!) as { stories: (typeof draft)[] };
    expect(saved.stories[0]!.steps[0]!.caption).toBe('It raises VEGF.');
    await expect(page.getByRole('article', { name: 'My story: Heart' }).count()).resolves.toBe(1);
    await context.close();
  });
});
