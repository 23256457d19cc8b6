/**
 * `npm run screenshots`: README pictures from the production build (run `npm run build:test` first),
 * taken with the same headless Chromium as the browser tests.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { TEST_BUILD } from '../tests/support/builds';
import { serveStatic } from '../tests/support/staticServer';
import { waitForLabels } from '../tests/support/labelAudit';

const SHOTS: { file: string; query: string; width: number; height: number }[] = [
  { file: 'first-view-1366x768.png', query: '', width: 1366, height: 768 },
  {
    file: 'explorer-1366x768.png',
    query: '?node=strategy/hypoxic-preconditioning',
    width: 1366,
    height: 768,
  },
  {
    file: 'explorer-1920x1080.png',
    query: '?edge=therapy/exoflo--improves--disease/severe-covid-19',
    width: 1920,
    height: 1080,
  },
  {
    file: 'paths-1366x768.png',
    query: '?path=strategy/hypoxic-preconditioning,disease/spinal-cord-injury',
    width: 1366,
    height: 768,
  },
  {
    file: 'gap-map-1366x768.png',
    query: '?view=gaps&cell=strategy/hypoxic-preconditioning,disease/spinal-cord-injury',
    width: 1366,
    height: 768,
  },
  { file: 'story-1366x768.png', query: '?story=how-mscs-act&step=4', width: 1366, height: 768 },
  {
    file: 'presentation-1920x1080.png',
    query: '?story=what-the-trials-showed&step=3&present=1',
    width: 1920,
    height: 1080,
  },
];

/** Waits for the canvas's first frame and its labels, as a reader would see the view. */
const settled = async (page: Page) => {
  await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0);
  // Labels are placed once layouts and the camera have settled.
  await waitForLabels(page, 60_000).catch(() => page.waitForTimeout(1500));
};

/**
 * Teaching: the step overview over a story, and the presenter view beside its audience window (one
 * browser context, so that the two windows are linked as they are on a lecturer's laptop).
 */
const teachingShots = async (browser: Browser, url: string) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const audience = await context.newPage();
  await audience.goto(`${url}?story=how-mscs-act&step=3`);
  await settled(audience);
  await audience.keyboard.press('o');
  await audience.locator('.overview-tile img').nth(9).waitFor({ timeout: 60_000 });
  await audience.screenshot({ path: 'docs/screenshots/overview-1366x768.png' });
  console.log('docs/screenshots/overview-1366x768.png');
  await audience.keyboard.press('Escape');
  const presenter = await context.newPage();
  await presenter.goto(`${url}?console=1&story=how-mscs-act&step=3`);
  await presenter.locator('.console-status.linked').waitFor();
  await presenter.locator('img.console-thumb').nth(1).waitFor({ timeout: 60_000 });
  await presenter.screenshot({ path: 'docs/screenshots/presenter-1366x768.png' });
  console.log('docs/screenshots/presenter-1366x768.png');
  await context.close();
};

const main = async () => {
  const { server, url } = await serveStatic(TEST_BUILD);
  const browser = await launchChromium();
  for (const shot of [...SHOTS, ...(process.env.EXTRA_SHOTS ? JSON.parse(process.env.EXTRA_SHOTS) : [])]) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${url}${shot.query}`);
    await settled(page);
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  await teachingShots(browser, url);
  await browser.close();
  server.close();
};

void main();
