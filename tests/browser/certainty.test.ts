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

const relations = async (page: Page) => {
  const text = (await page.locator('.status-line').textContent()) ?? '';
  const match = /· (\d+) of (\d+) relations/.exec(text);
  if (!match) throw new Error(`the status line does not show counts: "${text}"`);
  return { shown: Number(match[1]), all: Number(match[2]) };
};

describe('certainty', () => {
  it('the evidence panel says when the review hedges a statement', async () => {
    const { page, context, errors } = await openApp(
      browser,
      '?edge=strategy/genetic-modification--enhances--therapy/msc',
    );
    const panel = page.getByRole('region', { name: 'Evidence' });
    await expect
      .poll(async () => (await panel.textContent()) ?? '', { timeout: 20_000 })
      .toContain('Suggested');
    await expect(panel.textContent()).resolves.toContain('The review hedges');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('?certainty=stated leaves out hedged statements, shows the choice, and goes back to all', async () => {
    const { page, context } = await openApp(browser, '?certainty=stated');
    const stated = await relations(page);
    expect(stated.shown).toBeLessThan(stated.all);
    expect(stated.shown).toBeGreaterThan(0);
    await page.locator('button[aria-controls="filter-body"]').click();
    const group = page.getByRole('group', { name: 'Certainty' });
    await expect(group.getByRole('radio', { name: /Stated findings only/ }).isChecked()).resolves.toBe(true);
    await group.getByRole('radio', { name: /All statements/ }).check();
    await expect.poll(async () => (await relations(page)).shown).toBe(stated.all);
    await expect.poll(() => page.url()).not.toContain('certainty=');
    await context.close();
  }, 180_000);
});
