import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp, tap } from '../support/page';
import { runKg } from '../support/runKg';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CELL = 'strategy/hypoxic-preconditioning,disease/spinal-cord-injury';

describe('the gap map', () => {
  it('renders strategy × disease with grouped headers', async () => {
    // Larger than the screen, the map starts collapsed to its groups; a cell named in the URL opens its lines.
    const { page, errors, context } = await openApp(browser, `?view=gaps&cell=${CELL}`);
    const table = page.getByRole('table', { name: /gap map/i });
    await expect(table.getAttribute('aria-label')).resolves.toBe(
      'Gap map: Improvement strategies × Diseases and injuries',
    );
    await table.getByRole('columnheader', { name: 'Spinal cord injury' }).waitFor();
    expect(await table.getByRole('columnheader', { name: 'Spinal cord injury' }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: 'Heart and vessels' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: 'Hypoxic preconditioning' }).count()).toBe(1);
    expect(
      await table
        .getByRole('button', {
          name: /Hypoxic preconditioning × Spinal cord injury: 1 evidence item, strongest animal/,
        })
        .count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts collapsed to strategy families × organ systems, the whole matrix on one 1366×768 screen', async () => {
    const { page, context } = await openApp(browser, '?view=gaps', { width: 1366, height: 768 });
    const table = page.getByRole('table', { name: /gap map/i });
    await table.getByRole('columnheader', { name: 'Heart and vessels' }).waitFor();
    const rowCount = Number(await table.getAttribute('aria-rowcount')) - 1;
    const colCount = Number(await table.getAttribute('aria-colcount')) - 1;
    // Collapsed: every row and every column is a group, and every one of them is drawn (none left to scroll to).
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(rowCount);
    expect(rowCount).toBeGreaterThan(3);
    expect(await table.getByRole('button', { name: /^Open .* \(group\)/ }).count()).toBe(rowCount + colCount);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(colCount + 1);
    const fit = await page.evaluate(() => {
      const t = document.querySelector('table.gap-table')!.getBoundingClientRect();
      const s = document.querySelector('.gap-scroll')!;
      const box = s.getBoundingClientRect();
      return {
        table: { left: t.left, top: t.top, right: t.right, bottom: t.bottom },
        pane: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        overflowX: s.scrollWidth - s.clientWidth,
        overflowY: s.scrollHeight - s.clientHeight,
      };
    });
    expect(fit.table.left).toBeGreaterThanOrEqual(0);
    expect(fit.table.top).toBeGreaterThanOrEqual(0);
    expect(fit.table.right).toBeLessThanOrEqual(1366);
    expect(fit.table.bottom).toBeLessThanOrEqual(768);
    expect(fit.table.right).toBeLessThanOrEqual(fit.pane.right + 0.5);
    expect(fit.table.bottom).toBeLessThanOrEqual(fit.pane.bottom + 0.5);
    expect(fit.overflowX).toBeLessThanOrEqual(0);
    expect(fit.overflowY).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('lists the evidence of a clicked cell, highlights it on the canvas, and puts it in the URL', async () => {
    const { page, context } = await openApp(browser, `?view=gaps&cell=${CELL}`);
    await page.getByRole('region', { name: 'Gap map cell' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Gap map cell' }).count()).toBe(0);
    expect(page.url()).not.toContain('cell=');
    await page.getByRole('button', { name: /Hypoxic preconditioning × Spinal cord injury:/ }).click();
    const panel = page.getByRole('region', { name: 'Gap map cell' });
    await expect(panel.textContent()).resolves.toContain(
      'Exosome derived from MSCs preconditioned with hypoxia',
    );
    await expect(panel.textContent()).resolves.toContain('Liu W, Rong Y, Wang J, et al.');
    expect(page.url()).toContain(`cell=${CELL}`);
    const bright = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy
        .nodes()
        .not('.faded')
        .map((n) => n.id()),
    );
    expect(bright).toEqual(
      expect.arrayContaining(['strategy/hypoxic-preconditioning', 'disease/spinal-cord-injury']),
    );
    expect(bright.length).toBeLessThan(15);
    await context.close();
  });

  it('highlights the row of an entity chosen on the canvas', async () => {
    const { page, context } = await openApp(browser, '?view=gaps');
    await page.getByRole('table', { name: /gap map/i }).waitFor();
    await tap(page, 'strategy/hypoxic-preconditioning');
    const row = page.locator('tr.highlighted').getByRole('rowheader');
    await expect(row.textContent()).resolves.toBe('Hypoxic preconditioning');
    await context.close();
  });

  it('offers candidate gaps labelled as hypotheses, each with its reasons', async () => {
    const { page, context } = await openApp(browser, '?view=gaps');
    const list = page.getByRole('region', { name: 'Candidate gaps' });
    await expect(list.textContent()).resolves.toContain('Hypotheses generated from the review');
    await expect.poll(async () => list.locator('.candidate-list > li').count()).toBeGreaterThan(5);
    await context.close();
  });

  it('downloads the same CSV as `kg gaps --format csv`', async () => {
    const { page, context } = await openApp(browser, '?view=gaps');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gap-map-strategy-x-disease.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const cli = runKg('gaps', '--rows', 'strategy', '--cols', 'disease', '--format', 'csv');
    expect(cli.status).toBe(0);
    expect(csv).toBe(cli.stdout);
    await context.close();
  });
});
