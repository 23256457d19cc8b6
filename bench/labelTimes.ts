/**
 * The label placement's own costs in the review app (the bare page places no labels, so these have
 * no ratio): a tap to its label pass painted, a zoom gesture to its labels re-placed and painted,
 * how many passes that gesture cost, and one pass's time. Medians of fresh-browser runs.
 */
import type { Browser } from 'playwright-core';
import { median } from './scale/runScale';

const HELPERS = `
  const until = async (check) => {
    const limit = performance.now() + 10000;
    while (!check()) {
      if (performance.now() > limit) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  // The next animation frame: Cytoscape's own frame callback was queued first (it re-queues itself
  // every frame), so when this one runs, the frame showing the change has been drawn. (Waiting for
  // a second frame would also count what the app does after it, such as placing labels.)
  const drawn = () => new Promise((r) => requestAnimationFrame(() => r()));`;

export const LABEL_METRICS = {
  tap_labels_painted: 'tap → labels placed and painted',
  zoom_labels_painted: 'zoom gesture (12 frames) → labels placed and painted',
  zoom_passes: 'label passes for one zoom gesture',
  label_pass_ms: 'one label pass (restyle, read boxes, place, apply)',
  place_ms: 'placement alone (pure function)',
} as const;
type LabelMetric = keyof typeof LABEL_METRICS;

const sample = async (browser: Browser, url: string): Promise<Partial<Record<LabelMetric, number>>> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const run = async (body: string) =>
    (await page.evaluate(`(async () => { ${HELPERS} ${body} })()`)) as number;
  try {
    await page.goto(url);
    // A function, not a string: a string predicate needs 'unsafe-eval', which the app's CSP refuses.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __cy?: unknown; __labels?: { passes: number } };
        return !!w.__cy && (w.__labels?.passes ?? 0) > 0;
      },
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(800);
    const out: Partial<Record<LabelMetric, number>> = {};
    out.tap_labels_painted = await run(`const cy = window.__cy; const before = window.__labels.passes;
      const t = performance.now(); cy.getElementById('factor/hgf').emit('tap');
      await until(() => window.__labels.passes > before && !window.__labels.pending); await drawn();
      return performance.now() - t;`);
    // `void`: emit returns the Core, and serialising it back to Node crashes the page.
    await page.evaluate(`void window.__cy.emit('tap')`);
    await page.waitForTimeout(800);
    const before = (await page.evaluate('window.__labels.passes')) as number;
    out.zoom_labels_painted = await run(`const cy = window.__cy; const before = window.__labels.passes;
      const at = { x: cy.width() / 2, y: cy.height() / 2 }; const t = performance.now();
      for (let i = 0; i < 12; i++) {
        cy.zoom({ level: cy.zoom() * 1.04, renderedPosition: at });
        await new Promise((r) => requestAnimationFrame(r));
      }
      await until(() => window.__labels.passes > before && !window.__labels.pending); await drawn();
      return performance.now() - t;`);
    await page.waitForTimeout(800); // a late second pass would show here
    out.zoom_passes = ((await page.evaluate('window.__labels.passes')) as number) - before;
    out.label_pass_ms = (await page.evaluate('window.__labels.lastMs')) as number;
    out.place_ms = (await page.evaluate('window.__labels.placeMs')) as number;
    return out;
  } catch (error) {
    process.stderr.write(`  label timing failed: ${(error as Error).message.split('\n')[0]}\n`);
    return {};
  } finally {
    await context.close();
  }
};

/** Markdown rows `| metric | median |` of `runs` samples, each in a fresh context of `browser`. */
export const measureLabelTimes = async (browser: Browser, url: string, runs: number): Promise<string[]> => {
  const samples: Partial<Record<LabelMetric, number>>[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample(browser, url));
  return (Object.keys(LABEL_METRICS) as LabelMetric[]).map((k) => {
    const m = median(samples.map((s) => s[k] ?? NaN));
    const unit = k === 'zoom_passes' ? '' : ' ms';
    return `| ${LABEL_METRICS[k]} | ${m === null ? '–' : `${Number(m.toFixed(1))}${unit}`} |`;
  });
};
