/**
 * Runs every metric on the app and on the bare page, `runs` times per size (a fresh browser per
 * page and run), and turns the samples into medians and ratios: the JSON contract
 * `{ calibration_ms, rows: [{ size, metric, app_ms, bare_ms, ratio }] }` and a Markdown table.
 */
import { rmSync } from 'node:fs';
import { serveStatic } from '../../tests/support/staticServer';
import { measurePage, METRICS, type MetricName, type Sample } from './measure';
import type { Prepared } from './prepare';

export interface Row {
  size: number | 'review';
  metric: MetricName;
  app_ms: number | null;
  /** The bare page doing the equivalent Cytoscape work; null where it has none (gap map, layout time). */
  bare_ms: number | null;
  ratio: number | null;
}

export interface ScaleResult {
  calibration_ms: number;
  rows: Row[];
}

export const median = (xs: number[]): number | null => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A fixed CPU loop, to tell a noisy machine from a slow app. */
export const calibrate = (): number => {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x = (x + i * 7) % 1000003;
  if (x < 0) throw new Error('unreachable');
  return performance.now() - t;
};

const round = (x: number | null, digits = 1): number | null =>
  x === null ? null : Number(x.toFixed(digits));

/** Samples one prepared size `runs` times; `calibration` collects one loop time per run. */
export const measureSize = async (
  size: Row['size'],
  prepared: Prepared,
  runs: number,
  calibration: number[],
): Promise<Row[]> => {
  const app = await serveStatic(prepared.appDir);
  const bare = await serveStatic(prepared.bareDir);
  const samples: { app: Sample; bare: Sample }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      calibration.push(calibrate());
      const b = await measurePage(bare.url, prepared.scenario, true);
      const a = await measurePage(app.url, prepared.scenario, false);
      samples.push({ app: a, bare: b });
      process.stderr.write(`size ${size}: run ${run + 1}/${runs} done\n`);
    }
  } finally {
    app.server.close();
    bare.server.close();
    rmSync(prepared.bareDir, { recursive: true, force: true });
  }
  return METRICS.map((metric) => {
    const appMs = median(samples.map((s) => s.app[metric] ?? NaN));
    const bareMs = median(samples.map((s) => s.bare[metric] ?? NaN));
    const ratio = appMs !== null && bareMs !== null && bareMs > 0 ? appMs / bareMs : null;
    return { size, metric, app_ms: round(appMs), bare_ms: round(bareMs), ratio: round(ratio, 2) };
  });
};

const cell = (x: number | null, unit = ''): string => (x === null ? '–' : `${x.toLocaleString('en')}${unit}`);

/** The README's table: one line per size and metric. */
export const markdownTable = (rows: Row[]): string =>
  [
    '| size | metric | app | bare | ratio |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.metric} | ${cell(r.app_ms, r.metric === 'heap_mb' ? ' MB' : ' ms')} | ${cell(r.bare_ms, r.metric === 'heap_mb' ? ' MB' : ' ms')} | ${r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`} |`,
    ),
  ].join('\n');
