/**
 * `npm run bench`: measures the production build in headless Chromium (a fresh browser per
 * sample) against a bare Cytoscape page that draws the same elements, positions and
 * stylesheet in the same run. Prints medians, ratios to the baseline and the targets.
 * Run `npm run build && npm run build:test` first (sizes are the production build's; runs use the test build).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadGraph } from '../src/io/loadGraph';
import { stylesheetFor } from '../src/view/canvas/stylesheet';
import { vocabOf } from '../src/model/vocabOf';
import { toElements } from '../src/view/canvas/toElements';
import { launchChromium } from '../tests/support/chromium';
import { PRODUCTION_BUILD, TEST_BUILD } from '../tests/support/builds';
import { serveStatic } from '../tests/support/staticServer';
import { measureInteractions } from './interactions';
import { measureReadability } from './readability';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A fixed CPU loop, to tell a noisy machine from a slow app. */
const calibrate = (): number => {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x = (x + i * 7) % 1000003;
  if (x < 0) throw new Error('unreachable');
  return performance.now() - t;
};

const bareSite = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const { graph } = loadGraph(resolve('graph-data'));
  const positions = JSON.parse(readFileSync(bundlePath(), 'utf8')).positions;
  writeFileSync(
    join(dir, 'bare-data.json'),
    JSON.stringify({ elements: toElements(graph!, positions), style: stylesheetFor(vocabOf(graph!)) }),
  );
  copyFileSync(resolve('node_modules/cytoscape/dist/cytoscape.min.js'), join(dir, 'cytoscape.min.js'));
  copyFileSync(resolve('bench/bare.html'), join(dir, 'index.html'));
  return dir;
};

const bundlePath = (): string => {
  const html = readFileSync(`${TEST_BUILD}/index.html`, 'utf8');
  const href = /href="\.\/(data\/review-graph\.[^"]+\.json)"/.exec(html)?.[1];
  if (!href) throw new Error(`${TEST_BUILD}/index.html has no graph preload: run \`npm run build:test\``);
  return join(TEST_BUILD, href);
};

const initialJsGzip = (): number => {
  const html = readFileSync(`${PRODUCTION_BUILD}/index.html`, 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return (
    scripts.reduce((n, f) => n + gzipSync(readFileSync(join(PRODUCTION_BUILD, f)), { level: 9 }).length, 0) /
    1024
  );
};

const firstFrame = async (url: string): Promise<{ ms: number; page: Page; close: () => Promise<void> }> => {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0, null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('graph-first-frame')[0]!.startTime);
  return { ms, page, close: () => browser.close() };
};

const main = async () => {
  for (const dir of [PRODUCTION_BUILD, TEST_BUILD])
    if (!existsSync(`${dir}/index.html`))
      throw new Error(`${dir}/ is missing: run \`npm run build && npm run build:test\` first`);
  const app = await serveStatic(process.env.BENCH_DIST ?? TEST_BUILD);
  const bare = await serveStatic(bareSite());
  const results: Record<string, number[]> = {};
  const add = (k: string, v: number) => (results[k] ??= []).push(v);
  const calibration: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    calibration.push(calibrate());
    const b = await firstFrame(bare.url);
    add('bare first frame', b.ms);
    await b.close();
    const a = await firstFrame(app.url);
    add('app first frame', a.ms);
    try {
      for (const [k, v] of Object.entries(await measureInteractions(a.page))) add(k, v);
    } catch (error) {
      // One crashed page (the machine is shared) must not lose the other runs: say so and go on.
      process.stderr.write(`run ${run + 1}: interactions failed: ${(error as Error).message}\n`);
    }
    await a.close();
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  const reader = await launchChromium();
  const readability = await measureReadability(reader, app.url);
  await reader.close();
  app.server.close();
  bare.server.close();

  const bareMs = median(results['bare first frame']!);
  const rows: [string, string, string, string][] = [
    ['bare Cytoscape page: navigation → first frame', `${bareMs.toFixed(0)} ms`, '1.00×', 'baseline'],
  ];
  const appMs = median(results['app first frame']!);
  rows.push([
    'app: navigation → first frame',
    `${appMs.toFixed(0)} ms`,
    `${(appMs / bareMs).toFixed(2)}×`,
    '≤ 1.30× bare',
  ]);
  const targets: Record<string, number> = {
    'tap → highlight painted': 100,
    'tap → labels placed and painted': 150,
    'search → result list painted': 100,
    'edge tap → evidence panel painted': 100,
    'filter change → repaint': 150,
    'gap map open → table painted': 300,
    'zoom gesture → labels placed and painted': 600,
    'zoom: label pass': 250,
  };
  for (const [name, target] of Object.entries(targets)) {
    if (!results[name]) continue;
    const m = median(results[name]!);
    rows.push([name, `${m.toFixed(0)} ms`, `${(m / bareMs).toFixed(3)}×`, `≤ ${target} ms`]);
  }
  if (results['zoom: passes for one gesture'])
    rows.push([
      'zoom: label passes for one gesture',
      `${median(results['zoom: passes for one gesture']!)}`,
      '',
      '1',
    ]);
  const js = initialJsGzip();
  rows.push(['initial JavaScript (gzip -9)', `${js.toFixed(1)} KB`, '', '≤ 260 KB']);
  const cal = median(calibration);
  const spread = (Math.max(...calibration) - Math.min(...calibration)) / cal;
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `\nMedians of ${RUNS} fresh-browser runs (1280×800, DPR 1). Calibration loop: ${cal.toFixed(0)} ms median, spread ${(spread * 100).toFixed(0)}%${spread > 0.15 ? ' — machine noisy' : ''}.\n`,
  );
  console.log(`| ${'metric'.padEnd(width)} | median | ratio to bare | target |`);
  console.log(`| ${'-'.repeat(width)} | --- | --- | --- |`);
  for (const [a, b, c, d] of rows) console.log(`| ${a.padEnd(width)} | ${b} | ${c} | ${d} |`);
  console.log('\nReadability at 1366×768 (label boxes as Cytoscape renders them):\n');
  console.log(
    '| view | labels drawn | overlapping pairs | key entities labelled | on screen | placement pass |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of readability) {
    const pass = Number.isFinite(r.placementMs)
      ? `${r.placementMs.toFixed(0)} ms (placing ${r.placeMs.toFixed(1)})`
      : '–';
    console.log(
      `| ${r.name} | ${r.drawn} | ${r.overlaps} | ${r.keyLabelled}/${r.keys} | ${r.keyOnScreen}/${r.keys} | ${pass} |`,
    );
  }
  writeFileSync(
    process.env.BENCH_OUT ?? 'bench/results/latest.json',
    JSON.stringify({ runs: RUNS, calibration, results, readability }, null, 2),
  );
};

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
