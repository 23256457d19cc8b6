import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
/** Pages of a failed test are closed too: a canvas left running slows every later test. */
const opened: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close().catch(() => undefined)));
});

const { graph, data } = loadGraph(resolve('graph-data'));
const stories = data!.stories.map((s) => s.value);

/**
 * Screen, mode, the smallest key label allowed there, and whether every step is checked there or
 * only the representative ones (see `representative`): all of them at 1366×768 in both modes, a
 * subset on the other screens, so that the file runs in minutes on two busy cores.
 */
const CONFIGS = [
  { width: 1366, height: 768, present: false, minFont: 11, every: true },
  { width: 1366, height: 768, present: true, minFont: 16, every: true },
  { width: 1920, height: 1080, present: false, minFont: 11, every: false },
  { width: 1920, height: 1080, present: true, minFont: 16, every: false },
  { width: 1280, height: 720, present: true, minFont: 16, every: false },
] as const;

type Story = (typeof stories)[number];

/**
 * The steps most likely to break on another screen: the first, every step that declares a layout
 * and the one after it (a layout must not leak), gap-map steps (the caption over the matrix) and
 * quiz steps (the hidden relation). Every step is still walked, in order, in one page.
 */
const representative = (story: Story, i: number): boolean => {
  const step = story.steps[i]!;
  const previous = story.steps[i - 1];
  return i === 0 || !!step.view.layout || !!previous?.view.layout || !!step.view.gaps || !!step.quiz;
};

const cases = CONFIGS.flatMap((c) =>
  stories.map(
    (s) => [`${s.id} ${c.present ? 'presented' : 'played'} at ${c.width}×${c.height}`, c, s] as const,
  ),
);

describe('story steps are readable', { timeout: 300_000 }, () => {
  it.each(cases)('%s', async (_name, config, story) => {
    const viewport = { width: config.width, height: config.height };
    const { page, context, errors } = await openApp(
      browser,
      `?story=${story.id}&step=1${config.present ? '&present=1' : ''}`,
      viewport,
    );
    opened.push(context);
    const problems: string[] = [];
    for (const [i, step] of story.steps.entries()) {
      const where = `step ${i + 1}`;
      await expect.poll(() => page.locator('.step-title').textContent()).toBe(step.title);
      const last = i === story.steps.length - 1;
      if (!config.every && !representative(story, i)) {
        if (!last) await page.getByRole('button', { name: 'Next step' }).click();
        continue;
      }
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
      if (!last) await page.getByRole('button', { name: 'Next step' }).click();
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
