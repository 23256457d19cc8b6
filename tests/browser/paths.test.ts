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

const ENDS = '?path=strategy/hypoxic-preconditioning,disease/spinal-cord-injury';
const cards = (page: Page) => page.getByRole('list', { name: 'Paths found' }).locator(':scope > li');

describe('paths as chains of claims', () => {
  it('ranks chains that follow the relations first, says why, and switches to any direction in the URL', async () => {
    const { page, context, errors } = await openApp(browser, ENDS);
    await expect.poll(() => cards(page).count(), { timeout: 15_000 }).toBe(5);
    // Chains of claims: the first three follow every relation's direction, then one goes against one.
    for (const i of [0, 1, 2])
      await expect(cards(page).nth(i).textContent()).resolves.toContain('follows every relation’s direction');
    const fourth = (await cards(page).nth(3).textContent()) ?? '';
    expect(fourth).toContain('1 step against a relation’s direction');
    expect(fourth).toContain('goes against the relation’s direction');
    expect(fourth).toMatch(/After path 3: more steps off the relations' direction \(1 against 0\)/);
    await expect(cards(page).nth(0).textContent()).resolves.toContain('Ranked first by the rule above');

    await page.getByRole('radio', { name: /Any direction/ }).check();
    await expect.poll(() => page.url()).toContain('direction=any');
    // Direction aside, the shorter path that goes against a relation moves up to third place.
    await expect
      .poll(async () => (await cards(page).nth(2).textContent()) ?? '', { timeout: 15_000 })
      .toContain('against a relation’s direction');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('opens in any direction from ?direction=any, and the choice round-trips', async () => {
    const { page, context } = await openApp(browser, `${ENDS}&direction=any`);
    await expect(page.getByRole('radio', { name: /Any direction/ }).isChecked()).resolves.toBe(true);
    await expect.poll(() => cards(page).count(), { timeout: 15_000 }).toBe(5);
    await page.getByRole('radio', { name: /Chains of claims/ }).check();
    await expect.poll(() => page.url()).not.toContain('direction=');
    await context.close();
  }, 180_000);
});
