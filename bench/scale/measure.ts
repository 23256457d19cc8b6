/**
 * One sample of every metric, on the app or on the bare page, in a fresh Chromium. Each action is
 * timed inside the page from the moment it starts to the frame that shows its result (the
 * condition holds, then the next animation frame, by which Cytoscape has redrawn: its own frame
 * callback runs first). The bare page makes the same class changes (scenario.ts) and waits alike.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/support/chromium';
import type { Scenario } from './scenario';

export type Sample = Partial<Record<MetricName, number>>;
export const METRICS = [
  'first_frame',
  'interactive',
  'heap_mb',
  'wheel_zoom_p95',
  'tap_highlight',
  'edge_tap_panel',
  'search_results',
  'filter_repaint',
  'focus_painted',
  'path_painted',
  'gap_map_open',
  'layout_worker',
  'layout_max_gap',
] as const;
export type MetricName = (typeof METRICS)[number];

// Plain strings, so nothing of the bundler's helpers leaks into the page.
const HELPERS = `
  const until = async (check, ms = 120000) => {
    const limit = performance.now() + ms;
    while (!check()) {
      if (performance.now() > limit) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  // The next animation frame: Cytoscape's own frame callback was queued first (it re-queues itself
  // every frame), so when this one runs, the frame showing the change has been drawn. (Waiting for
  // a second frame would also count what the app does after it, such as placing labels.)
  const drawn = () => new Promise((r) => requestAnimationFrame(() => r()));
  const cy = () => window.__cy;
  const pop = (query) => { history.pushState(null, '', query); dispatchEvent(new PopStateEvent('popstate')); };`;

/** A pause between two actions, on both pages, so that each starts on a quiet page (the app places labels after a tap). */
const QUIET_MS = 600;

const CLEAR_URL = `history.pushState(null, '', '?'); dispatchEvent(new PopStateEvent('popstate'))`;

const step = (what: string) => process.env.BENCH_VERBOSE && process.stderr.write(`  ${what}\n`);

/** `work`, or NaN (reported as missing) when it takes longer than `limit` ms. */
const bounded = (work: Promise<number>, limit: number, what: string): Promise<number> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<number>((done) => {
    timer = setTimeout(() => {
      process.stderr.write(`  ${what} over ${limit / 1000} s\n`);
      done(NaN);
    }, limit);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

/** An action timed in the page; NaN (reported as missing) when it fails or takes longer than `limit`. */
const timed = (page: Page, body: string, limit = 120_000): Promise<number> => {
  const what = body.slice(0, 60).replace(/\s+/g, ' ');
  step(what);
  return bounded(
    page.evaluate(
      `(async () => { ${HELPERS} const t = performance.now(); ${body}; await drawn(); return performance.now() - t; })()`,
    ) as Promise<number>,
    limit,
    `action ${what}…`,
  ).catch((error: Error) => {
    process.stderr.write(`  action failed: ${error.message.split('\n')[0]}\n`);
    return NaN;
  });
};

const firstFrame = async (page: Page, url: string, hub: string, bare: boolean): Promise<Sample> => {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0, null, {
    timeout: 600_000,
  });
  // Interactive: a tap issued as soon as the first frame is up has painted its highlight.
  return (await page.evaluate(`(async () => { ${HELPERS}
    const first = performance.getEntriesByName('graph-first-frame')[0].startTime;
    const node = cy().getElementById(${JSON.stringify(hub)});
    ${bare ? "__apply('interactive')" : "node.emit('tap')"};
    await until(() => node.hasClass('selected')); await drawn();
    return { first_frame: first, interactive: performance.now() };
  })()`)) as Sample;
};

/** Wheel zoom over the middle of the canvas: the 95th percentile of the intervals between frames. */
const wheelP95 = async (page: Page): Promise<number> => {
  await page.evaluate(
    `(() => { window.__frames = []; const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`,
  );
  const box = (await page.locator('canvas').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const end = Date.now() + 20_000;
  for (let i = 0; i < 20 && Date.now() < end; i++) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const times = (await page.evaluate(
    `(() => { window.__stop = true; return window.__frames; })()`,
  )) as number[];
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i]!)
    .sort((a, b) => a - b);
  return gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.95))] ?? 0;
};

const heapMb = async (page: Page): Promise<number> =>
  (await page.evaluate(
    `(() => { window.gc?.(); return performance.memory.usedJSHeapSize / 1048576; })()`,
  )) as number;

const appActions = async (page: Page, s: Scenario): Promise<Sample> => {
  const q = JSON.stringify;
  const out: Sample = {};
  out.tap_highlight = await timed(
    page,
    `const n = cy().getElementById(${q(s.node)}); n.emit('tap'); await until(() => n.hasClass('selected'))`,
  );
  await page.waitForTimeout(QUIET_MS);
  out.edge_tap_panel = await timed(
    page,
    `const e = cy().getElementById(${q(s.edge)}); e.emit('tap'); await until(() => e.hasClass('selected') && !!document.querySelector('.evidence-panel blockquote'))`,
  );
  await page.waitForTimeout(1500); // the idle warm-up builds the search index
  out.search_results = await timed(
    page,
    `const input = document.querySelector('input[role=combobox]');
     const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
     input.focus(); setter.call(input, ${q(s.query)}); input.dispatchEvent(new Event('input', { bubbles: true }));
     await until(() => !!document.querySelector('[role=listbox] [role=option]'))`,
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.waitForTimeout(500);
  out.filter_repaint = await timed(
    page,
    `const status = document.querySelector('.status-line'); const before = status.textContent;
     document.querySelectorAll('input[name=level]')[0].click(); await until(() => status.textContent !== before)`,
  );
  await page.evaluate(`[...document.querySelectorAll('input[name=level]')].at(-1).click()`);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.waitForTimeout(500);
  out.focus_painted = await timed(
    page,
    `const n = cy().getElementById(${q(s.node)}); const far = cy().getElementById(${q(s.far)});
     pop('?focus=' + ${q(s.node)} + '&depth=1'); await until(() => far.hasClass('faded') && !n.hasClass('faded'))`,
  );
  await page.evaluate(CLEAR_URL);
  await page.waitForTimeout(800);
  out.gap_map_open = await timed(
    page,
    `[...document.querySelectorAll('.view-switch button')].find((b) => b.textContent === 'Gap map').click();
     await until(() => !!document.querySelector('.gap-table .gap-cell .gap-count'))`,
    90_000,
  );
  await page.evaluate(
    `[...document.querySelectorAll('.view-switch button')].find((b) => b.textContent === 'Graph').click()`,
  );
  await page.waitForTimeout(1000);
  const layout = (await page
    .evaluate(
      `(async () => { ${HELPERS}
    let gap = 0, last = performance.now(), done = false;
    const tick = (t) => { gap = Math.max(gap, t - last); last = t; if (!done) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const select = document.querySelector('.layout-controls select');
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    const t = performance.now(); setter.call(select, 'force'); select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => performance.getEntriesByName('force-layout-applied').length > 0, 300000);
    await drawn();
    const ms = performance.now() - t;
    // The landing ends once the moved graph is drawn and the camera has reframed it: frames keep
    // being timed for a quiet second after, since a long frame shows only in the next one's start.
    await new Promise((r) => setTimeout(r, 1000)); await drawn(); done = true;
    return { ms, gap };
  })()`,
    )
    .catch(() => ({ ms: NaN, gap: NaN }))) as { ms: number; gap: number };
  out.layout_worker = layout.ms;
  out.layout_max_gap = layout.gap;
  await page.waitForTimeout(1000);
  out.path_painted = await timed(
    page,
    `const n = cy().getElementById(${q(s.pathTo)}); pop('?path=' + ${q(s.node)} + ',' + ${q(s.pathTo)}); await until(() => n.hasClass('path'))`,
    60_000,
  );
  await page.evaluate(CLEAR_URL);
  await page.waitForTimeout(800);
  return out;
};

const bareActions = async (page: Page, s: Scenario): Promise<Sample> => {
  const q = JSON.stringify;
  const apply = (name: string, check: string) =>
    timed(page, `__apply(${q(name)}); await until(() => ${check})`);
  const has = (id: string, cls: string) => `cy().getElementById(${q(id)}).hasClass(${q(cls)})`;
  const out: Sample = {};
  out.tap_highlight = await apply('tap', has(s.node, 'selected'));
  await page.waitForTimeout(QUIET_MS);
  out.edge_tap_panel = await apply('edgeTap', has(s.edge, 'selected'));
  // The bare equivalent of a search: every label scanned, the first hits listed on screen.
  out.search_results = await timed(
    page,
    `if (__search(${q(s.query)}) === 0) throw new Error('no hit'); await until(() => !!document.querySelector('[role=listbox] [role=option]'))`,
  );
  out.filter_repaint = await apply('filter', 'true');
  await page.evaluate(`void __apply('unfilter')`);
  out.focus_painted = await apply('focus', has(s.far, 'faded'));
  await page.evaluate(`void __apply('unfocus')`);
  out.path_painted = await apply('path', has(s.pathTo, 'path'));
  // The bare equivalent of a layout landing: every node moved in one batch, then fitted, timed as
  // the app's (the longest frame gap until a quiet second after).
  out.layout_max_gap = (await page.evaluate(`(async () => { ${HELPERS}
    let gap = 0, last = performance.now(), done = false;
    const tick = (t) => { gap = Math.max(gap, t - last); last = t; if (!done) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await drawn();
    cy().batch(() => cy().nodes().positions((n) => ({ x: -n.position('x'), y: n.position('y') })));
    await drawn(); cy().fit(undefined, 30);
    await new Promise((r) => setTimeout(r, 1000)); await drawn(); done = true;
    return gap;
  })()`)) as number;
  return out;
};

/** Every metric once, in a fresh browser (cold JIT, as a reader opening the page). */
export const measurePage = async (url: string, scenario: Scenario, bare: boolean): Promise<Sample> => {
  const browser = await chromium.launch({
    executablePath: (await findChromium()).path,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    step(bare ? 'bare: first frame' : 'app: first frame');
    const sample = await firstFrame(page, url, scenario.hub, bare);
    step('heap');
    await page.waitForTimeout(bare ? 300 : 1000);
    sample.heap_mb = await heapMb(page);
    step('wheel zoom');
    sample.wheel_zoom_p95 = await bounded(wheelP95(page), 60_000, 'wheel zoom');
    step('actions');
    await page.evaluate(`void window.__cy.fit(undefined, 30)`);
    await page.waitForTimeout(500);
    return { ...sample, ...(await (bare ? bareActions(page, scenario) : appActions(page, scenario))) };
  } finally {
    await browser.close();
  }
};
