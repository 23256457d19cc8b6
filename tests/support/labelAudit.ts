import type { Page } from 'playwright-core';

/** What the reader sees of the labels, computed from Cytoscape's own rendered label boxes. */
export interface LabelAudit {
  /** Labels drawn on screen (nodes and relations). */
  drawn: number;
  nodeLabels: number;
  edgeLabels: number;
  /** Pairs of drawn labels whose boxes meet, and the first few of them. */
  overlaps: number;
  pairs: string[];
  keys: number;
  /** Key entities whose label is drawn, on screen and clear of the overlays. */
  keyLabelled: number;
  /** Key entities whose shape is on screen and clear of the overlays. */
  keyOnScreen: number;
  missing: string[];
  /** Smallest and median drawn font size of the key labels (all labels when there are no keys), px. */
  minKeyFontPx: number;
  medianFontPx: number;
  /** The last placement pass, ms (reading boxes, placing, applying classes), and the pure part. */
  placementMs: number;
  placeMs: number;
}

/**
 * Plain source run in the page (no bundler helpers leak in). Overlays (legend, caption, focus bar,
 * status line) cover the canvas: a label or shape under one does not count as on screen.
 */
const AUDIT = `(keys) => {
  const cy = window.__cy;
  const container = cy.container();
  const origin = container.getBoundingClientRect();
  const wrap = container.closest('.canvas-wrap') || container.parentElement;
  const covers = [...wrap.querySelectorAll('.legend, .story-bar, .focus-bar, .status-line, .empty-state, .canvas-notice')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top }));
  const W = cy.width(), H = cy.height(), zoom = cy.zoom();
  const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const clear = (b) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= W && b.y2 <= H && !covers.some((c) => meets(b, c));
  const opts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };
  const drawn = [];
  cy.elements().forEach((ele) => {
    if (!ele.visible() || ele.effectiveOpacity() === 0) return;
    if (!ele.pstyle('label').strValue || ele.pstyle('text-opacity').value === 0) return;
    const b = ele.renderedBoundingBox(opts);
    const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    if (!meets(box, { x1: 0, y1: 0, x2: W, y2: H })) return;
    drawn.push({ id: ele.id(), node: ele.isNode(), box, font: ele.pstyle('font-size').pfValue * zoom });
  });
  let overlaps = 0;
  const pairs = [];
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++)
      if (meets(drawn[i].box, drawn[j].box)) {
        overlaps += 1;
        if (pairs.length < 8) pairs.push(drawn[i].id + ' × ' + drawn[j].id);
      }
  const byId = new Map(drawn.map((d) => [d.id, d]));
  let keyLabelled = 0, keyOnScreen = 0;
  const missing = [];
  const fonts = [];
  for (const id of keys) {
    const n = cy.getElementById(id);
    const d = byId.get(id);
    const p = n.nonempty() && n.visible() ? n.renderedPosition() : null;
    const onScreen = !!p && clear({ x1: p.x - 1, y1: p.y - 1, x2: p.x + 1, y2: p.y + 1 });
    if (onScreen) keyOnScreen += 1;
    if (d && clear(d.box)) { keyLabelled += 1; fonts.push(d.font); } else missing.push(id);
  }
  const all = drawn.filter((d) => d.node).map((d) => d.font);
  const sizes = (keys.length > 0 ? fonts : all).sort((a, b) => a - b);
  const report = window.__labels || { lastMs: NaN, placeMs: NaN };
  return {
    drawn: drawn.length,
    nodeLabels: drawn.filter((d) => d.node).length,
    edgeLabels: drawn.filter((d) => !d.node).length,
    overlaps, pairs, keys: keys.length, keyLabelled, keyOnScreen, missing,
    minKeyFontPx: sizes.length ? sizes[0] : NaN,
    medianFontPx: sizes.length ? sizes[Math.floor(sizes.length / 2)] : NaN,
    placementMs: report.lastMs,
    placeMs: report.placeMs,
  };
}`;

/** Waits until no animation runs and the label placement has caught up, for 450 ms on end. */
const SETTLED = `() => {
  const cy = window.__cy;
  const report = window.__labels;
  if (!cy || !report || report.pending || cy.animated()) return false;
  if (cy.nodes().some((n) => n.animated() || n._private.animation.queue.length > 0)) return false;
  const mark = report.passes + ':' + cy.zoom().toFixed(4) + ':' + cy.pan().x.toFixed(1);
  if (window.__settleMark !== mark) {
    window.__settleMark = mark;
    window.__settleSince = performance.now();
    window.__settlePolls = 0;
  }
  window.__settlePolls += 1;
  // 450 ms of quiet, seen by several polls (a long task can hide a change that is about to start).
  return performance.now() - window.__settleSince >= 450 && window.__settlePolls >= 4;
}`;

/**
 * Polls from here (page.evaluate of an expression, which the page's Content-Security-Policy allows;
 * `waitForFunction` with a string would need 'unsafe-eval').
 */
export const waitForLabels = async (page: Page, timeout = 30_000): Promise<void> => {
  // Stability is counted from now: what was stable before the last action does not count.
  await page.evaluate('window.__settleMark = undefined');
  const limit = Date.now() + timeout;
  while (!(await page.evaluate(`(${SETTLED})()`))) {
    if (Date.now() > limit) throw new Error(`the labels did not settle within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
};

export const auditLabels = async (page: Page, keys: readonly string[] = []): Promise<LabelAudit> =>
  (await page.evaluate(`(${AUDIT})(${JSON.stringify(keys)})`)) as LabelAudit;
