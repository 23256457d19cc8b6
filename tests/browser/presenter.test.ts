import type { Browser, Page } from 'playwright-core';
import decodeQR from '@paulmillr/qr/decode.js';
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

const counter = (page: Page) => page.locator('.story-bar .step-counter').innerText();
const consoleCounter = (page: Page) => page.locator('.console-counter').innerText();
const notesShown = (page: Page) => page.locator('.presenter-notes').count();

/** Records, from the page's first script on, whether presenter notes were ever put on the page. */
const watchForNotes = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __notesSeen?: boolean };
    w.__notesSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.presenter-notes')) w.__notesSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
const notesEverSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notesSeen?: boolean }).__notesSeen);

describe('the presenter view', () => {
  it('keys in either window move both; notes and answers stay off the projector; reloads re-sync', async () => {
    const { context, page: audience, errors } = await openApp(browser, '?story=how-mscs-act&step=2');
    await expect.poll(() => counter(audience)).toBe('Step 2 of 10');
    // One window, no console: the notes are offered there.
    await expect.poll(() => notesShown(audience)).toBe(1);

    const popup = context.waitForEvent('page');
    await audience.getByRole('button', { name: 'Presenter view', exact: true }).click();
    const presenter = await popup;
    presenter.on('pageerror', (e) => errors.push(`presenter: ${e.message}`));
    presenter.on('console', (m) => m.type() === 'error' && errors.push(`presenter: ${m.text()}`));
    await expect.poll(() => consoleCounter(presenter)).toBe('Step 2 of 10');
    expect(await presenter.locator('.console-notes').innerText()).toContain(
      'In-vitro evidence from one study',
    );
    await expect.poll(() => presenter.locator('.console-status').innerText()).toContain('Linked');
    await expect.poll(() => notesShown(audience)).toBe(0);

    // The presenter's key moves the projector; on the quiz step only the presenter sees the answer.
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => counter(audience)).toBe('Step 3 of 10');
    expect(new URL(audience.url()).searchParams.get('step')).toBe('3');
    const answer = presenter.getByRole('region', { name: 'Answer' });
    expect(await answer.innerText()).toMatch(/PGE2 — .+ → EP4/);
    expect(await answer.innerText()).toContain('Not shown to the audience yet');
    expect(await audience.locator('.quiz').innerText()).toContain('Predict');
    expect(await audience.locator('.quiz').innerText()).not.toContain('EP4');
    await presenter.getByRole('button', { name: 'Reveal to audience (R)' }).click();
    await expect.poll(() => audience.locator('.quiz').innerText()).toContain('Answer:');
    expect(await answer.innerText()).toContain('Shown to the audience');

    // The audience window's keys (a clicker plugged into the projector's machine) move the console.
    await audience.locator('body').press('ArrowRight');
    await expect.poll(() => consoleCounter(presenter)).toBe('Step 4 of 10');
    expect(await presenter.getByRole('complementary', { name: 'Next' }).innerText()).toContain(
      'Handing over mitochondria',
    );

    // A reloaded console takes the audience's step, not the one its own address still names.
    await presenter.reload();
    await expect.poll(() => consoleCounter(presenter)).toBe('Step 4 of 10');
    expect(new URL(presenter.url()).searchParams.get('step')).toBe('2');
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(audience)).toBe('Step 3 of 10');

    // A reloaded audience window links again and never puts the notes up, not even for a moment.
    await watchForNotes(audience);
    await audience.reload();
    await expect.poll(() => counter(audience)).toBe('Step 3 of 10');
    await expect.poll(() => presenter.locator('.console-status').innerText()).toContain('Linked');
    await presenter.keyboard.press('End');
    await expect.poll(() => counter(audience)).toBe('Step 10 of 10');
    expect(await notesEverSeen(audience)).toBe(false);

    // Closing the console leaves the audience window whole, with its notes back.
    await presenter.close();
    await expect.poll(() => notesShown(audience)).toBe(1);
    await audience.locator('body').press('ArrowLeft');
    await expect.poll(() => counter(audience)).toBe('Step 9 of 10');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('opened on its own, offers the stories, times the talk against a target, and says no audience is linked', async () => {
    const { context, page: audience } = await openApp(browser, '');
    const base = audience.url().replace(/\?.*$/, '');
    const presenter = await context.newPage();
    await presenter.goto(`${base}?console=1`);
    await presenter.getByRole('heading', { name: 'No story is playing. Start one:' }).waitFor();
    await presenter.getByRole('button', { name: 'How MSCs act on the cells around them' }).click();
    // The audience window, open on the explorer, starts the story too.
    await expect.poll(() => counter(audience)).toBe('Step 1 of 10');
    await presenter.getByLabel('Target (minutes)').fill('20');
    // Two minutes a step for ten steps; the target is kept for this story in this browser.
    await expect.poll(() => presenter.locator('.console-step-time').innerText()).toMatch(/of 2:00$/);
    await audience.close();
    await expect
      .poll(() => presenter.locator('.console-status').innerText(), { timeout: 10_000 })
      .toContain('No audience window');
    await presenter.goto(`${base}?console=1&story=how-mscs-act&step=4`);
    await expect.poll(() => consoleCounter(presenter)).toBe('Step 4 of 10');
    await expect.poll(() => presenter.getByLabel('Target (minutes)').inputValue()).toBe('20');
    await context.close();
  }, 60_000);

  it('the first step offers the class a QR code of the story that decodes to its link', async () => {
    const { context, page, errors } = await openApp(browser, '?story=how-mscs-act&step=1');
    const base = page.url().replace(/\?.*$/, '');
    await page.getByRole('button', { name: 'Link for the class', exact: true }).click();
    const figure = page.locator('figure.audience-qr');
    await figure.waitFor();
    const link = `${base}?story=how-mscs-act&step=1`;
    expect(await figure.getByRole('link').innerText()).toBe(link);
    expect(await figure.innerText()).toContain('no account needed');
    // The drawn squares, read back as an image (4 px a module) and decoded as a phone's camera would.
    const { size, dark } = await figure.locator('svg').evaluate((svg) => ({
      size: (svg as SVGSVGElement).viewBox.baseVal.width,
      dark: Array.from(svg.querySelectorAll('rect:not(:first-child)')).map((r) => [
        Number(r.getAttribute('x')),
        Number(r.getAttribute('y')),
      ]),
    }));
    const scale = 4;
    const width = size * scale;
    const data = new Uint8Array(width * width * 4).fill(255);
    for (const [x, y] of dark)
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const at = ((y! * scale + dy) * width + x! * scale + dx) * 4;
          data.fill(0, at, at + 3);
        }
    expect(decodeQR({ width, height: width, data })).toBe(link);
    // Later steps do not offer it.
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => counter(page)).toBe('Step 2 of 10');
    expect(await figure.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
