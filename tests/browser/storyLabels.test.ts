import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { launchChromium } from '../support/chromium';
import { auditLabels, waitForLabels } from '../support/labelAudit';
import { openApp } from '../support/page';
import { stepKeys } from '../support/viewKeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const { graph, data } = loadGraph(resolve('graph-data'));
const stories = data!.stories.map((s) => s.value);

/** Screen, mode, and the smallest key label allowed there. */
const CONFIGS = [
  { width: 1366, height: 768, present: false, minFont: 11 },
  { width: 1920, height: 1080, present: false, minFont: 11 },
  { width: 1366, height: 768, present: true, minFont: 16 },
  { width: 1920, height: 1080, present: true, minFont: 16 },
  { width: 1280, height: 720, present: true, minFont: 16 },
] as const;

const cases = CONFIGS.flatMap((c) =>
  stories.map(
    (s) => [`${s.id} ${c.present ? 'presented' : 'played'} at ${c.width}×${c.height}`, c, s] as const,
  ),
);

/**
 * Every step of every story, walked in one page per story: no two labels overlap, every entity the
 * step names is on screen and labelled (projector-sized when presenting), the quiz relation is not
 * drawn, and the caption with Previous/Next fits the screen.
 */
describe('story steps are readable', { timeout: 300_000 }, () => {
  it.each(cases)('%s', async (_name, config, story) => {
    const viewport = { width: config.width, height: config.height };
    const { page, context, errors } = await openApp(
      browser,
      `?story=${story.id}&step=1${config.present ? '&present=1' : ''}`,
      viewport,
    );
    const problems: string[] = [];
    for (const [i, step] of story.steps.entries()) {
      const where = `step ${i + 1}`;
      await expect.poll(() => page.locator('.step-title').textContent()).toBe(step.title);
      if (step.view.gaps?.cell) await page.getByRole('region', { name: 'Story' }).waitFor();
      await waitForLabels(page);
      const keys = stepKeys(graph!, step);
      const audit = await auditLabels(page, keys);
      if (audit.pairs.length > 0) problems.push(`${where}: overlapping ${audit.pairs.join(', ')}`);
      if (audit.missing.length > 0) problems.push(`${where}: unlabelled ${audit.missing.join(', ')}`);
      if (audit.keyOnScreen < keys.length)
        problems.push(`${where}: ${keys.length - audit.keyOnScreen} off screen`);
      if (keys.length > 0 && audit.minKeyFontPx < config.minFont)
        problems.push(`${where}: key label at ${audit.minKeyFontPx.toFixed(1)} px`);
      if (step.quiz) {
        const drawn = await page.evaluate(
          (id) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.getElementById(id).visible(),
          step.quiz.hide,
        );
        if (drawn) problems.push(`${where}: the quiz relation is drawn`);
      }
      const fits = await page.evaluate(
        ({ w, h }) =>
          ['.story-bar', 'button[aria-label="Previous step"]', 'button[aria-label="Next step"]'].every(
            (s) => {
              const r = document.querySelector(s)!.getBoundingClientRect();
              return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w;
            },
          ),
        { w: config.width, h: config.height },
      );
      if (!fits) problems.push(`${where}: the caption or its controls are off screen`);
      if (i < story.steps.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
