import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
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

/** A4 pages a PDF has (each page object names its type). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describe('the HTML handout', () => {
  it('prints a ten-step story on a few A4 pages, with a drawn figure for every step', async () => {
    const { context, page, errors } = await openApp(browser, '?panel=stories');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page
      .getByRole('button', { name: 'Handout (HTML): How MSCs act on the cells around them', exact: true })
      .click();
    const html = await readFile((await (await download).path())!, 'utf8');
    const printed = await context.newPage();
    await printed.setContent(html);
    const figures = await printed
      .locator('section.step img')
      .evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.naturalWidth > 0));
    expect(figures).toEqual(Array(10).fill(true));
    const pages = pageCount(await printed.pdf({ format: 'A4' }));
    // It ran to 22 pages with every statement of every relation (13 with one per relation but the same
    // quote repeated); 9 with each quote once per step, for 72 relations and 34 references.
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(10);
    console.log(`[handout] how-mscs-act: ${pages} A4 pages, ${figures.length} figures`);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
