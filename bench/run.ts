/**
 * `npm run bench`: the production build of the review graph in headless Chromium (a fresh browser
 * per sample) against a bare Cytoscape page that draws the same elements, positions and stylesheet
 * and makes the same class changes, in the same run. Run `npm run build && npm run build:test` first
 * (the JavaScript size is the production build's; the runs use the test build, which has `window.__cy`).
 *
 * `npm run bench -- --scale [--sizes 1000,5000,20000,50000] [--runs 5] [--json FILE]`: the same on
 * synthetic graphs of each size, each built with `GRAPH_DATA=<dir> vite build --mode test` in a temp dir.
 * Both print medians and ratios to the bare page, and write `{ calibration_ms, rows }`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRODUCTION_BUILD, TEST_BUILD } from '../tests/support/builds';
import { serveStatic } from '../tests/support/staticServer';
import { launchChromium } from '../tests/support/chromium';
import { measureLabelTimes } from './labelTimes';
import { measureReadability, type ReadabilityRow } from './readability';
import { prepareReview, prepareSynthetic } from './scale/prepare';
import { markdownTable, measureSize, median, type Row } from './scale/runScale';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const scale = process.argv.includes('--scale');
const RUNS = Number(option('runs') ?? process.env.BENCH_RUNS ?? (scale ? 5 : 7));
const SIZES = (option('sizes') ?? '1000,5000,20000,50000').split(',').map(Number);
const JSON_FILE = option('json') ?? (scale ? 'bench/results/scale-latest.json' : 'bench/results/latest.json');

const initialJsGzip = (): number => {
  const html = readFileSync(`${PRODUCTION_BUILD}/index.html`, 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return (
    scripts.reduce((n, f) => n + gzipSync(readFileSync(join(PRODUCTION_BUILD, f)), { level: 9 }).length, 0) /
    1024
  );
};

/** Targets of the review graph's metrics: first frame as a ratio, interactions in ms (ISSUE: performance). */
const REVIEW_TARGETS: Partial<Record<Row['metric'], string>> = {
  first_frame: '≤ 1.30× bare',
  tap_highlight: '≤ 100 ms',
  edge_tap_panel: '≤ 100 ms',
  search_results: '≤ 100 ms',
  filter_repaint: '≤ 150 ms',
  gap_map_open: '≤ 300 ms',
};

/** Label timings (RUNS fresh contexts) and the readability of the listed views, on the test build. */
const measureLabels = async () => {
  const app = await serveStatic(TEST_BUILD);
  const browser = await launchChromium();
  try {
    return {
      labelRows: await measureLabelTimes(browser, app.url, RUNS),
      readability: await measureReadability(browser, app.url),
    };
  } finally {
    await browser.close();
    app.server.close();
  }
};

const readabilityTable = (rows: ReadabilityRow[]): string =>
  [
    '| view | labels drawn | overlapping pairs | key entities labelled | on screen | label pass |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.drawn} | ${r.overlaps} | ${r.keyLabelled}/${r.keys} | ${r.keyOnScreen}/${r.keys} | ${Number.isFinite(r.placementMs) ? `${r.placementMs.toFixed(0)} ms (placing ${r.placeMs.toFixed(1)})` : '–'} |`,
    ),
  ].join('\n');

const main = async () => {
  const calibration: number[] = [];
  const rows: Row[] = [];
  let labelRows: string[] = [];
  let readability: ReadabilityRow[] = [];
  if (scale) {
    for (const size of SIZES) {
      process.stderr.write(`size ${size}: generating and building…\n`);
      const prepared = prepareSynthetic(size);
      process.stderr.write(`size ${size}: built in ${(prepared.buildMs / 1000).toFixed(1)} s\n`);
      rows.push(...(await measureSize(size, prepared, RUNS, calibration)));
      rmSync(dirname(prepared.appDir), { recursive: true, force: true });
    }
  } else {
    for (const dir of [PRODUCTION_BUILD, TEST_BUILD])
      if (!existsSync(`${dir}/index.html`))
        throw new Error(`${dir}/ is missing: run \`npm run build && npm run build:test\` first`);
    rows.push(...(await measureSize('review', prepareReview(TEST_BUILD), RUNS, calibration)));
    ({ labelRows, readability } = await measureLabels());
  }
  const cal = median(calibration)!;
  const spread = (Math.max(...calibration) - Math.min(...calibration)) / cal;
  console.log(
    `\nMedians of ${RUNS} fresh-browser runs (1280×800, DPR 1). Calibration loop: ${cal.toFixed(0)} ms median, spread ${(spread * 100).toFixed(0)}%${spread > 0.15 ? ' — machine noisy' : ''}.\n`,
  );
  console.log(markdownTable(rows));
  if (!scale) {
    console.log('\nTargets:');
    for (const r of rows)
      if (REVIEW_TARGETS[r.metric]) console.log(`- ${r.metric}: ${REVIEW_TARGETS[r.metric]}`);
    console.log(`- initial JavaScript (gzip -9): ${initialJsGzip().toFixed(1)} KB (≤ 260 KB)`);
    console.log('\nLabel placement (the app only; 1280×800):\n\n| metric | median |\n| --- | --- |');
    console.log(labelRows.join('\n'));
    console.log('\nReadability at 1366×768 (label boxes as Cytoscape renders them):\n');
    console.log(readabilityTable(readability));
  }
  mkdirSync(dirname(JSON_FILE), { recursive: true });
  writeFileSync(
    JSON_FILE,
    JSON.stringify({ calibration_ms: Number(cal.toFixed(1)), rows, readability }, null, 2) + '\n',
  );
};

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
