import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first view', () => {
  it('draws every entity coloured and shaped by type, with no console errors', async () => {
    const { page, errors, context } = await openApp(browser);
    const styles = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const pick = (id: string) => {
        const n = cy.getElementById(id);
        return { colour: n.style('background-color'), shape: n.style('shape') };
      };
      return { msc: pick('therapy/msc'), vegf: pick('factor/vegf'), count: cy.nodes().length };
    });
    expect(styles.msc).toEqual({ colour: 'rgb(0,114,178)', shape: 'round-rectangle' });
    expect(styles.vegf).toEqual({ colour: 'rgb(0,158,115)', shape: 'ellipse' });
    expect(styles.count).toBeGreaterThan(100);
    await expect(
      page.getByRole('navigation', { name: 'Legend and entity type filter' }).textContent(),
    ).resolves.toContain('Therapy agents');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the quote behind an edge when it is clicked', async () => {
    const { page, context } = await openApp(browser);
    // Click on the edge itself (trying a few points along it, in case another edge crosses there).
    const panel = page.getByRole('region', { name: 'Evidence' });
    for (const t of [0.5, 0.35, 0.65, 0.25, 0.75]) {
      const point = await page.evaluate((at) => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const edge = cy.getElementById('strategy/hypoxic-preconditioning--increases--factor/vegf');
        cy.zoom(2.5);
        cy.center(edge);
        const s = edge.source().renderedPosition();
        const d = edge.target().renderedPosition();
        const box = cy.container()!.getBoundingClientRect();
        return { x: box.left + s.x + (d.x - s.x) * at, y: box.top + s.y + (d.y - s.y) * at };
      }, t);
      await page.mouse.click(point.x, point.y);
      if (
        (await panel.count()) > 0 &&
        (await panel.textContent())!.includes('Hypoxic preconditioning — increases → VEGF')
      )
        break;
    }
    await expect(panel.textContent()).resolves.toContain('Hypoxic preconditioning — increases → VEGF');
    await expect(panel.textContent()).resolves.toContain(
      'hypoxic preconditioning increased the production of VEGF and HGF',
    );
    await expect(panel.textContent()).resolves.toContain('Ishiuchi N, Nakashima A, Yoshida K, et al.');
    await context.close();
  });
});
