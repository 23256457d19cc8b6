import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const EDGE = 'strategy/hypoxic-preconditioning--increases--factor/vegf';
const SENTENCE = 'Hypoxic preconditioning increases VEGF';

/** What has focus: its accessible-ish name, roving id and id (for assertions a person would notice). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      roving: el?.getAttribute('data-roving-id') ?? null,
      label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      edge: el?.getAttribute('data-edge') ?? null,
      canvas: el?.classList.contains('canvas') ?? false,
    };
  });

/** The rows' roving ids in display order, and which of them are tab stops. */
const rows = (page: Page, table: string) =>
  page.evaluate((selector) => {
    const buttons = Array.from(document.querySelectorAll<HTMLElement>(`${selector} tbody [data-roving-id]`));
    return {
      ids: buttons.map((b) => b.getAttribute('data-roving-id')!),
      labels: buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
      stops: buttons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('data-roving-id')),
    };
  }, table);

describe('the keyboard route to the evidence', () => {
  it(`reaches an edge's evidence from the page's start in at most 20 key presses; Escape returns`, async () => {
    const { page, context, errors } = await openApp(browser);
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };
    await press('Tab');
    expect((await focused(page)).label).toBe('Skip to the list of relations');
    await press('Enter');
    await expect.poll(async () => (await focused(page)).roving).not.toBeNull();
    // Type-ahead: the first relation of "Hyp…", then down to the one we want.
    for (const key of 'hyp') await press(key);
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Hypoxic preconditioning /);
    const { ids } = await rows(page, '#relation-table');
    const from = ids.indexOf((await focused(page)).roving!);
    const to = ids.indexOf(EDGE);
    expect(to).toBeGreaterThanOrEqual(from);
    for (let i = from; i < to; i += 1) await press('ArrowDown');
    expect(await focused(page)).toMatchObject({ roving: EDGE, label: SENTENCE });
    await press('Enter');
    await expect.poll(async () => (await focused(page)).edge).toBe(EDGE);
    const heading = await focused(page);
    expect(heading.tag).toBe('h2');
    expect(heading.label).toBe(`Evidence for ${SENTENCE}`);
    const evidence = page.getByRole('region', { name: `Evidence for ${SENTENCE}` });
    const quote = evidence.locator('blockquote').first();
    expect(await quote.isVisible()).toBe(true);
    // On screen, not just in the page: a person sees the quote without scrolling.
    const box = (await quote.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(presses).toBeLessThanOrEqual(20);
    console.info(`[keyboard] the evidence of “${SENTENCE}” in ${presses} key presses from the page's start`);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).roving).toBe(EDGE);
    expect(await page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).toBe('true');
    expect((await rows(page, '#relation-table')).stops).toEqual([EDGE]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves focus to the heading when evidence opens from the canvas, and back there on Close', async () => {
    const { page, context } = await openApp(browser);
    await tap(page, EDGE);
    await expect.poll(async () => (await focused(page)).edge).toBe(EDGE);
    await page.getByRole('button', { name: 'Close the evidence' }).click();
    await expect.poll(async () => (await focused(page)).canvas).toBe(true);
    expect(await page.locator('#evidence-heading').count()).toBe(0);
    await context.close();
  });
});

describe('the list view is one tab stop per table, moved by arrows, Home/End, pages and letters', () => {
  it('roves within the relations and leaves them with one Tab', async () => {
    const { page, context } = await openApp(browser, '?panel=list');
    await expect.poll(async () => (await rows(page, '#relation-table')).ids.length).toBeGreaterThan(100);
    const { ids, labels, stops } = await rows(page, '#relation-table');
    expect(stops).toEqual([ids[0]]);
    await page.locator(`#relation-table [data-roving-id="${ids[0]}"]`).focus();
    const at = async () => ids.indexOf((await focused(page)).roving!);

    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(1);
    await page.keyboard.press('ArrowUp');
    expect(await at()).toBe(0);
    await page.keyboard.press('End');
    expect(await at()).toBe(ids.length - 1);
    await page.keyboard.press('Home');
    expect(await at()).toBe(0);
    await page.keyboard.press('PageDown');
    const page1 = await at();
    expect(page1).toBeGreaterThan(1);
    expect(page1).toBeLessThan(ids.length - 1);
    await page.keyboard.press('PageDown');
    expect(await at()).toBe(Math.min(2 * page1, ids.length - 1));
    await page.keyboard.press('PageUp');
    expect(await at()).toBe(page1);
    expect((await rows(page, '#relation-table')).stops).toEqual([ids[page1]]);

    // Letters: "m" goes to the next relation starting with M; "m" again to the one after.
    await page.keyboard.press('Home');
    await page.keyboard.press('m');
    const firstM = labels.findIndex((l) => /^m/i.test(l));
    expect(await at()).toBe(firstM);
    await page.waitForTimeout(600);
    await page.keyboard.press('m');
    expect(await at()).toBe(firstM + 1);
    expect(labels[firstM + 1]).toMatch(/^m/i);
    // A word typed quickly refines: "ifn" lands on the first relation of IFN-γ…
    await page.waitForTimeout(600);
    await page.keyboard.type('ifn');
    expect(labels[await at()]).toMatch(/^IFN/);
    expect(labels.findIndex((l) => /^ifn/i.test(l))).toBe(await at());

    // One Tab leaves the table (no tab stop per row).
    await page.keyboard.press('Tab');
    expect((await focused(page)).roving).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toBe(labels.findIndex((l) => /^ifn/i.test(l)));
    await context.close();
  });

  it('moves the tab stop for about what moving focus costs anyway (one row re-renders, not all)', async () => {
    const { page, context } = await openApp(browser, '?panel=list');
    await expect.poll(async () => (await rows(page, '#relation-table')).ids.length).toBeGreaterThan(100);
    const first = (await rows(page, '#relation-table')).ids[0]!;
    await page.locator(`#relation-table [data-roving-id="${first}"]`).focus();
    // In the page: from the key's event to React's commit (the next task), as a person's key would;
    // and, as the bare baseline, the same focus moves made by plain DOM calls (focus + scroll).
    const { roving, bare, count } = await page.evaluate(async () => {
      const tick = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const buttons = Array.from(
        document.querySelectorAll<HTMLElement>('#relation-table tbody [data-roving-id]'),
      );
      const keyed: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const el = document.activeElement!;
        const start = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
        await tick();
        keyed.push(performance.now() - start);
        if (document.activeElement === el) throw new Error(`ArrowDown did not move focus at row ${i}`);
      }
      const plain: number[] = [];
      for (let i = 41; i < 81; i += 1) {
        const start = performance.now();
        buttons[i]!.focus();
        buttons[i]!.scrollIntoView({ block: 'nearest' });
        await tick();
        plain.push(performance.now() - start);
      }
      return { roving: median(keyed), bare: median(plain), count: buttons.length };
    });
    console.info(
      `[keyboard] ArrowDown in the list of ${count} relations: median ${roving.toFixed(1)} ms from key to commit; plain DOM focus moves ${bare.toFixed(1)} ms (ratio ${(roving / bare).toFixed(2)})`,
    );
    // The roving tab stop re-renders a row, not 500: tens of milliseconds at most over a bare focus
    // move (which can be under 1 ms, so a ratio alone would fail on noise), where all rows cost hundreds.
    expect(roving).toBeLessThan(bare + 40);
    await context.close();
  });
});
