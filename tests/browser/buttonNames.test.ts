import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDrafts, STORAGE_KEY } from '../../src/io/draftStorage';
import type { Story } from '../../src/model/storySchema';
import { buttonNames, repeatedNames } from '../support/buttonNames';
import { launchChromium } from '../support/chromium';
import { MemoryStorage } from '../support/memoryStorage';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a view as a link would, then makes it ready (`prepare`), and waits for its buttons to settle. */
const openView = async (query: string, prepare?: (page: Page) => Promise<void>) => {
  const opened = await openApp(browser, query);
  await prepare?.(opened.page);
  // Lazy views come after a moment: wait until the number of buttons settles.
  let buttons = await buttonNames(opened.page);
  await expect
    .poll(
      async () => {
        const before = buttons.length;
        await opened.page.waitForTimeout(300);
        buttons = await buttonNames(opened.page);
        return buttons.length === before;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return { ...opened, buttons };
};

/**
 * What pressing the `nth` button named `name` does, as a person would notice it: where the view
 * goes (the address holds the whole view state) and any file it downloads. Each press is made on
 * a freshly opened view, so one press cannot change what the next does.
 */
const effectOf = async (
  query: string,
  prepare: ((page: Page) => Promise<void>) | undefined,
  name: string,
  nth: number,
): Promise<string> => {
  const { page, context } = await openView(query, prepare);
  const download = page.waitForEvent('download', { timeout: 1500 }).catch(() => null);
  await page.getByRole('button', { name, exact: true }).nth(nth).click();
  const file = (await download)?.suggestedFilename() ?? 'no download';
  const effect = `${new URL(page.url()).search} · ${file}`;
  await context.close();
  return effect;
};

/** Two stories of the reader's own, two steps each, saved as the app saves them. */
const seededDrafts = (): string => {
  const step = (title: string, node: string) => ({ title, caption: 'A caption.', view: { focus: [node] } });
  const drafts = [
    { id: 'draft-heart', title: 'Heart', audience: 'Class', summary: 'Two steps.' },
    { id: 'draft-liver', title: 'Liver', audience: 'Class', summary: 'Two steps.' },
  ].map((d) => ({ ...d, steps: [step('VEGF', 'factor/vegf'), step('HGF', 'factor/hgf')] })) as Story[];
  const storage = new MemoryStorage();
  expect(saveDrafts(storage, drafts)).toBeUndefined();
  return storage.getItem(STORAGE_KEY)!;
};

/** The views a person works in, each opened as a link would open it (plus a click where none does). */
const VIEWS: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['the start', ''],
  ['evidence', '?edge=strategy/hypoxic-preconditioning--increases--factor/vegf'],
  ['an entity', '?node=therapy/msc'],
  ['the list', '?panel=list'],
  ['paths', '?path=strategy/hypoxic-preconditioning,disease/spinal-cord-injury'],
  ['references', '?panel=references'],
  ['the gap map', '?view=gaps'],
  ['a gap cell', '?view=gaps&cell=strategy/hypoxic-preconditioning,disease/spinal-cord-injury'],
  ['a story', '?story=how-mscs-act&step=2'],
  [
    'the export panel',
    '?node=factor/vegf',
    async (page) => page.getByRole('button', { name: 'Export', exact: true }).click(),
  ],
  [
    'stories, with two of my own open for editing',
    '?panel=stories',
    async (page) => {
      await page.evaluate(([k, v]) => window.localStorage.setItem(k!, v!), [STORAGE_KEY, seededDrafts()]);
      await page.reload();
      await page.getByRole('article', { name: 'My story: Liver' }).waitFor();
      for (const summary of await page.locator('article.draft summary').all()) await summary.click();
    },
  ],
];

describe('every button has a name of its own', () => {
  it.each(VIEWS)(
    'in %s (%s)',
    async (_, query, prepare) => {
      const { context, errors, buttons } = await openView(query, prepare);
      expect(buttons.length).toBeGreaterThan(5);
      expect(buttons.filter((b) => b.name === '').map((b) => b.where)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
      // A name may repeat only where every button bearing it does the same thing (the same
      // entity linked twice, one relation on two paths): press each and compare. Three clashes
      // are enough to report; stopping there keeps a view full of them from timing out instead.
      const clashes: string[] = [];
      for (const group of repeatedNames(buttons)) {
        if (clashes.length >= 3) break;
        const effects = new Set<string>();
        for (let nth = 0; nth < Math.min(group.count, 3); nth += 1)
          effects.add(await effectOf(query, prepare, group.name, nth));
        if (effects.size > 1) clashes.push(`${group.report}: ${[...effects].join(' | ')}`);
      }
      expect(clashes).toEqual([]);
    },
    300_000,
  );
});
