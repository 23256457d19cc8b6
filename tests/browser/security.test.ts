import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the Content-Security-Policy', () => {
  it('lets the app work without a single violation, and makes no request outside the site', async () => {
    const { page, context, errors } = await openApp(browser);
    const outside: string[] = [];
    page.on(
      'request',
      (r) =>
        !r.url().startsWith('http://127.0.0.1') &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:') &&
        outside.push(r.url()),
    );
    await page.evaluate(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    await tap(page, 'factor/vegf');
    await page.getByRole('region', { name: 'Entity' }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    await download;
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    await png;
    await page.goto(`${page.url().split('?')[0]}?view=gaps`);
    await page.getByRole('table', { name: /Gap map/ }).waitFor();
    const violations = await page.evaluate(
      () => (window as unknown as { violations?: string[] }).violations ?? [],
    );
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
