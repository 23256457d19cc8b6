/**
 * `npm run screenshots`: README pictures from the production build (run `npm run build:test` first),
 * taken with the same headless Chromium as the browser tests.
 */
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

const main = async () => {
  const { server, url } = await serveStatic(TEST_BUILD);
  const browser = await launchChromium();
  for (const shot of [...SHOTS, ...(process.env.EXTRA_SHOTS ? JSON.parse(process.env.EXTRA_SHOTS) : [])]) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${url}${shot.query}`);
    await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0);
    // Labels are placed once layouts and the camera have settled.
    await waitForLabels(page, 60_000).catch(() => page.waitForTimeout(1500));
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  await browser.close();
  server.close();
};

void main();
