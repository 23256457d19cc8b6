import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

export interface OpenPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens the app (with `query`) in a fresh context; collects console errors and page errors. */
export const openApp = async (
  browser: Browser | undefined,
  query = '',
  viewport = { width: 1366, height: 768 },
): Promise<OpenPage> => {
  const b = browser ?? (await launchChromium());
  const context = await b.newContext({ viewport });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes: () => { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0;
  });
  return { browser: b, context, page, errors };
};

/** Taps a canvas element by id, as a click on it would (returns nothing, so nothing big is serialised). */
export const tap = (page: Page, id: string): Promise<void> =>
  page.evaluate((target) => {
    (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById(target).emit('tap');
  }, id);
