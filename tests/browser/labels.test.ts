import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { launchChromium } from '../support/chromium';
import { auditLabels, waitForLabels } from '../support/labelAudit';
import { openApp } from '../support/page';
import { neighbourhoodOf } from '../support/viewKeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
/** Pages of a failed test are closed too: a canvas left running slows every later test. */
const opened: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close().catch(() => undefined)));
});

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const HYPOXIA = 'strategy/hypoxic-preconditioning';

const open = async (query: string, viewport = { width: 1366, height: 768 }) => {
  const app = await openApp(browser, query, viewport);
  opened.push(app.context);
  await waitForLabels(app.page);
  return app;
};
const tapTwice = (page: Page, id: string) =>
  page.evaluate((target) => {
    (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById(target).emit('dbltap');
  }, id);
const classIds = (page: Page, selector: string) =>
  page.evaluate(
    (s) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes(s).map((n) => n.id()),
    selector,
  );

describe('labels the app places', { timeout: 240_000 }, () => {
  it('first view: at least 25 entities named, no two labels overlapping, the legend beside the graph', async () => {
    const { page, context, errors } = await open('');
    const audit = await auditLabels(page);
    expect(audit.nodeLabels).toBeGreaterThanOrEqual(25);
    expect(audit.pairs).toEqual([]);
    expect(audit.minKeyFontPx).toBeGreaterThanOrEqual(11);
    // No entity is drawn under the legend: the camera frames the graph beside it.
    const under = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const legend = document.querySelector('.legend')!.getBoundingClientRect();
      const origin = cy.container()!.getBoundingClientRect();
      return cy
        .nodes(':visible')
        .filter((n) => {
          const b = n.renderedBoundingBox({ includeLabels: false });
          return (
            b.x2 > legend.left - origin.left &&
            b.x1 < legend.right - origin.left &&
            b.y2 > legend.top - origin.top &&
            b.y1 < legend.bottom - origin.top
          );
        })
        .map((n) => n.id());
    });
    expect(under).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a selection: it and every neighbour labelled, nothing overlapping, the rest dimmed', async () => {
    const { page, context } = await open(`?node=${HYPOXIA}`);
    const keys = neighbourhoodOf(g, HYPOXIA);
    const audit = await auditLabels(page, keys);
    expect(audit.pairs).toEqual([]);
    expect(audit.missing).toEqual([]);
    expect(audit.keyOnScreen).toBe(keys.length);
    expect((await classIds(page, '.faded')).length).toBeGreaterThan(300);
    await context.close();
  });

  it.each([1.4, 2.0])(
    'zoomed in to %f around a selection: more labels, still none overlapping',
    async (zoom) => {
      const { page, context } = await open(`?node=${HYPOXIA}`);
      await page.evaluate(
        ([z, id]) => {
          const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
          cy.zoom(z as number);
          cy.center(cy.getElementById(id as string));
        },
        [zoom, HYPOXIA],
      );
      await waitForLabels(page);
      const audit = await auditLabels(page, [HYPOXIA]);
      expect(audit.pairs).toEqual([]);
      expect(audit.missing).toEqual([]);
      expect(audit.minKeyFontPx).toBeGreaterThanOrEqual(11);
      await context.close();
    },
  );

  it.each([1, 2])(
    'focus on TGF-β1 at depth %i: rings around it, it and its neighbours labelled',
    async (depth) => {
      const { page, context } = await open(`?focus=factor/tgf-b1&depth=${depth}`);
      const ring = neighbourhoodOf(g, 'factor/tgf-b1');
      const audit = await auditLabels(page, ring);
      expect(audit.pairs).toEqual([]);
      expect(audit.missing).toEqual([]);
      expect(audit.keyOnScreen).toBe(ring.length);
      // Laid out in place: TGF-β1 has not moved, its neighbours sit on one ring around it.
      const radii = await page.evaluate((ids) => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const c = cy.getElementById('factor/tgf-b1').position();
        return ids.map((id) =>
          Math.round(
            Math.hypot(cy.getElementById(id).position().x - c.x, cy.getElementById(id).position().y - c.y),
          ),
        );
      }, ring.slice(1));
      expect(new Set(radii).size).toBe(1);
      await context.close();
    },
  );

  it('a path: start to end left to right, every entity on it labelled', async () => {
    const { page, context } = await open('?path=cell_source/bone-marrow,disease/spinal-cord-injury');
    const path = await classIds(page, '.path');
    expect(path).toContain('cell_source/bone-marrow');
    expect(path).toContain('disease/spinal-cord-injury');
    const audit = await auditLabels(page, path);
    expect(audit.pairs).toEqual([]);
    expect(audit.missing).toEqual([]);
    const xs = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return ['cell_source/bone-marrow', 'disease/spinal-cord-injury'].map(
        (id) => cy.getElementById(id).position().x,
      );
    });
    expect(xs[0]).toBeLessThan(xs[1]!);
    await context.close();
  });

  it('a gap cell: its entities laid out and labelled beside the gap map', async () => {
    const { page, context } = await openApp(
      browser,
      '?view=gaps&rows=strategy&cols=disease&cell=strategy/bioprinting,disease/bone-defect',
    );
    opened.push(context);
    await page.getByRole('heading', { name: 'Gap map cell' }).waitFor();
    await waitForLabels(page);
    const spot = (await classIds(page, '.spot')).filter((id) => g.hasNode(id));
    expect(spot).toContain('strategy/bioprinting');
    expect(spot).toContain('disease/bone-defect');
    const audit = await auditLabels(page, spot);
    expect(audit.pairs).toEqual([]);
    expect(audit.missing).toEqual([]);
    await context.close();
  });

  it('leaving a focus puts every node back where it was', async () => {
    const { page, context } = await open('');
    const before = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById('therapy/msc').position(),
    );
    await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy
        .getElementById('factor/tgf-b1')
        .emit('dbltap'),
    );
    await waitForLabels(page);
    const moved = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById('therapy/msc').position(),
    );
    expect(moved).not.toEqual(before);
    await page.getByRole('button', { name: 'Exit focus' }).click();
    await waitForLabels(page);
    const after = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById('therapy/msc').position(),
    );
    expect(after.x).toBeCloseTo(before.x, 1);
    expect(after.y).toBeCloseTo(before.y, 1);
    await context.close();
  });

  it('animates a local layout, and moves at once for a reader who asks for reduced motion', async () => {
    /** The first frame after the focus in which anything changed: is it moving, has it moved? */
    const focusAndLook = async (page: Page) =>
      page.evaluate(async () => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const msc = cy.getElementById('therapy/msc');
        const before = { ...msc.position() };
        cy.getElementById('factor/tgf-b1').emit('dbltap');
        const limit = performance.now() + 5000;
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const moving =
            cy.animated() ||
            cy
              .nodes()
              .toArray()
              .some((n) => (n as import('cytoscape').NodeSingular).animated());
          const now = msc.position();
          const moved = now.x !== before.x || now.y !== before.y;
          if (moving || moved || performance.now() > limit) return { moving, moved };
        }
      });
    const animated = await open('');
    expect(await focusAndLook(animated.page)).toMatchObject({ moving: true });
    const calm = await open('');
    await calm.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await focusAndLook(calm.page)).toEqual({ moving: false, moved: true });
  });

  it('a camera move cut short by another ends where the second one asked, with or without motion', async () => {
    for (const reduce of [false, true]) {
      const { page } = await open('');
      // A slow camera move is under way when the reader focuses an entity (or switches motion off).
      await page.evaluate(() => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        cy.animate({ zoom: 4, pan: { x: -4000, y: -4000 }, duration: 4000 });
      });
      if (reduce) await page.emulateMedia({ reducedMotion: 'reduce' });
      await tapTwice(page, 'factor/tgf-b1');
      await waitForLabels(page);
      const keys = neighbourhoodOf(g, 'factor/tgf-b1');
      const audit = await auditLabels(page, keys);
      expect({ reduce, offScreen: keys.length - audit.keyOnScreen }).toEqual({ reduce, offScreen: 0 });
    }
  });
});
