import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { LAB_CSV, nodeCount, openedBar, pickText, selectedIds } from '../support/openedGraphPage';
import { openApp, tap } from '../support/page';

/**
 * Opened graphs kept in this browser (IndexedDB): a reload brings back the graph and its workspace,
 * "Back to the review" and the review's own address still work, "Recent graphs" opens and forgets;
 * a corrupt record is set aside with a notice (download, discard), a full storage says the graph is
 * open but will not be kept.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const waitForApp = (page: Page) =>
  page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });

const openLab = async (page: Page) => {
  await pickText(page, 'lab.csv', LAB_CSV);
  await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(4);
  await expect.poll(() => openedBar(page).textContent(), { timeout: 10_000 }).toContain('Showing lab.csv');
};

/** Waits until the kept record of `id` holds a workspace that contains `part`. */
const keptView = (page: Page, id: string) =>
  page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('kg-opened-graphs');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('graphs').objectStore('graphs').get(key);
          get.onsuccess = () => {
            resolve((get.result as { view?: string } | undefined)?.view ?? null);
            db.close();
          };
        };
      }),
    id,
  );

describe('opened graphs kept in this browser', () => {
  it('restores the graph and its workspace after a reload; Back to the review and Recent graphs work', async () => {
    const { page, context, errors } = await openApp(browser, '?node=factor/vegf');
    const review = await nodeCount(page);
    await openLab(page);
    await tap(page, 'beta');
    await expect.poll(() => selectedIds(page)).toContain('beta');
    // The review's address is the review's: the opened graph's view is kept apart.
    expect(page.url()).toContain('?node=factor/vegf');
    await expect.poll(() => keptView(page, 'file:lab.csv'), { timeout: 10_000 }).toContain('node=beta');

    await page.reload();
    await waitForApp(page);
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(4);
    await expect(openedBar(page).textContent()).resolves.toContain('Showing lab.csv');
    await expect.poll(() => selectedIds(page)).toContain('beta');

    await openedBar(page).getByRole('button', { name: 'Back to the review' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(review);
    await expect(page.getByRole('region', { name: 'Entity' }).textContent()).resolves.toContain('VEGF');
    await page.reload();
    await waitForApp(page);
    expect(await nodeCount(page)).toBe(review);
    expect(await openedBar(page).count()).toBe(0);

    await page.getByText('Recent graphs (1)').click();
    await page.getByRole('button', { name: 'Open lab.csv' }).click();
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(4);
    await expect.poll(() => selectedIds(page)).toContain('beta');
    await page.getByText('Recent graphs (1)').click();
    await page.getByRole('button', { name: 'Forget lab.csv' }).click();
    await expect.poll(() => page.getByText(/Recent graphs \(/).count()).toBe(0);
    // Forgetting does not close the graph on screen; it is just not there after a reload.
    expect(await nodeCount(page)).toBe(4);
    await page.reload();
    await waitForApp(page);
    expect(await nodeCount(page)).toBe(review);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('sets a corrupt record aside with a notice, to download or discard, and shows the review', async () => {
    const { page, context, errors } = await openApp(browser);
    const review = await nodeCount(page);
    await openLab(page);
    await expect.poll(() => keptView(page, 'file:lab.csv'), { timeout: 10_000 }).not.toBeNull();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('kg-opened-graphs');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('bundles', 'readwrite');
            const store = tx.objectStore('bundles');
            const get = store.get('file:lab.csv');
            get.onsuccess = () => {
              const record = get.result as { id: string; text: string };
              store.put({ ...record, text: record.text.slice(0, 200) });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
    );
    await page.reload();
    await waitForApp(page);
    const notice = page.getByRole('alert', { name: 'Kept graphs' });
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toMatch(
      /lab\.csv could not be read \(lab\.csv:\d+.*kept aside/,
    );
    expect(await nodeCount(page)).toBe(review);
    expect(await openedBar(page).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download' }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      id: string;
      bundle: { text: string };
      meta: { name: string };
    };
    expect(saved.id).toBe('file:lab.csv');
    expect(saved.meta.name).toBe('lab.csv');
    expect(saved.bundle.text).toHaveLength(200);

    await notice.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => notice.getByRole('region', { name: 'Kept aside' }).count()).toBe(0);
    await page.reload();
    await waitForApp(page);
    expect(await page.getByRole('alert', { name: 'Kept graphs' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('says the graph is open but will not be kept when storage is full', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openLab(page);
    const notice = page.getByRole('alert', { name: 'Kept graphs' });
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toContain(
      "lab.csv is open, but this browser's storage is full: it will not be kept after a reload.",
    );
    expect(await nodeCount(page)).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
