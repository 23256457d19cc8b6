import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
type Story = (typeof stories)[number];

interface Screen {
  width: number;
  height: number;
  /** Every step is checked there, or only the representative ones (see `representative`). */
  every: boolean;
}

/**
 * One page per story and mode walks the story forward at 1366×768 checking every step, then,
 * resized, back and forth over the other screens checking the representative steps: six pages
 * per mode instead of one per screen, so that the file runs in minutes on two busy cores.
 */
const MODES = [
  {
    present: false,
    minFont: 11,
    screens: [
      { width: 1366, height: 768, every: true },
      { width: 1920, height: 1080, every: false },
    ],
  },
  {
    present: true,
    minFont: 16,
    screens: [
      { width: 1366, height: 768, every: true },
      { width: 1920, height: 1080, every: false },
      { width: 1280, height: 720, every: false },
    ],
  },
] as const;

/**
 * The steps most likely to break on another screen: the first and last, every step that declares a
 * layout and its neighbours (a layout must not leak into the next step, either way), gap-map steps
 * (the caption over the matrix) and quiz steps (the hidden relation).
 */
const representative = (story: Story, i: number): boolean => {
  const step = story.steps[i]!;
  const near = [story.steps[i - 1], story.steps[i + 1]];
  return (
    i === 0 ||
    i === story.steps.length - 1 ||
    !!step.view.layout ||
    near.some((s) => !!s?.view.layout) ||
    !!step.view.gaps ||
    !!step.quiz
  );
};

/** What is wrong with the step on screen: overlaps, unlabelled or off-screen keys, small labels… */
const checkStep = async (page: Page, story: Story, i: number, screen: Screen, minFont: number) => {
  const step = story.steps[i]!;
  const where = `step ${i + 1} at ${screen.width}×${screen.height}`;
  const problems: string[] = [];
  if (step.view.gaps?.cell) await page.getByRole('region', { name: 'Story' }).waitFor();
  await waitForLabels(page);
  const keys = stepKeys(graph!, step);
  const audit = await auditLabels(page, keys);
  if (audit.pairs.length > 0) problems.push(`${where}: overlapping ${audit.pairs.join(', ')}`);
  if (audit.missing.length > 0) problems.push(`${where}: unlabelled ${audit.missing.join(', ')}`);
  if (audit.keyOnScreen < keys.length)
    problems.push(`${where}: ${keys.length - audit.keyOnScreen} off screen`);
  if (keys.length > 0 && audit.minKeyFontPx < minFont)
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
      ['.story-bar', 'button[aria-label="Previous step"]', 'button[aria-label="Next step"]'].every((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w;
      }),
    { w: screen.width, h: screen.height },
  );
  if (!fits) problems.push(`${where}: the caption or its controls are off screen`);
  return problems;
};

const cases = MODES.flatMap((mode) =>
  stories.map((s) => [`${s.id} ${mode.present ? 'presented' : 'played'}`, mode, s] as const),
);

/**
 * Every step of every story, walked in order in one page per story and mode: no two labels
 * overlap, every entity the step names is on screen and labelled (projector-sized when
 * presenting), the quiz relation is not drawn, and the caption with Previous/Next fits the screen.
 */
describe('story steps are readable', { timeout: 600_000 }, () => {
  it.each(cases)('%s', async (_name, mode, story) => {
    const [first] = mode.screens;
    const { page, context, errors } = await openApp(
      browser,
      `?story=${story.id}&step=1${mode.present ? '&present=1' : ''}`,
      { width: first.width, height: first.height },
    );
    opened.push(context);
    // Entities and camera move at once (the app honours reduced motion): the same end state, sooner.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    const last = story.steps.length - 1;
    // Forward on the first screen, then back, forward… on the others: every step is walked each time.
    for (const [n, screen] of mode.screens.entries()) {
      if (n > 0) await page.setViewportSize({ width: screen.width, height: screen.height });
      const forward = n % 2 === 0;
      for (let k = 0; k <= last; k++) {
        const i = forward ? k : last - k;
        await expect.poll(() => page.locator('.step-title').textContent()).toBe(story.steps[i]!.title);
        if (screen.every || representative(story, i))
          problems.push(...(await checkStep(page, story, i, screen, mode.minFont)));
        if (k < last)
          await page.getByRole('button', { name: forward ? 'Next step' : 'Previous step' }).click();
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
