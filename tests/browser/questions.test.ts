import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDrafts, STORAGE_KEY } from '../../src/io/draftStorage';
import type { Story } from '../../src/model/storySchema';
import { launchChromium } from '../support/chromium';
import { MemoryStorage } from '../support/memoryStorage';
import { openApp } from '../support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A lecturer's story of one step about VEGF and hypoxic preconditioning, saved as the app saves it. */
const seeded = (): string => {
  const story = {
    id: 'draft-vessels',
    title: 'Vessels',
    audience: 'Class',
    summary: 'One step.',
    steps: [
      {
        title: 'Hypoxia and VEGF',
        caption: 'A caption.',
        view: {
          focus: ['strategy/hypoxic-preconditioning', 'factor/vegf'],
          edges: ['strategy/hypoxic-preconditioning--increases--factor/vegf'],
        },
      },
    ],
  } as Story;
  const storage = new MemoryStorage();
  expect(saveDrafts(storage, [story])).toBeUndefined();
  return storage.getItem(STORAGE_KEY)!;
};

describe('questions in a lecturer’s story', () => {
  it('adds a generated question as a step; the class answers it and sees the quotes that decide it and the score', async () => {
    const { context, page, errors } = await openApp(browser, '?panel=stories');
    await page.evaluate(([k, v]) => window.localStorage.setItem(k!, v!), [STORAGE_KEY, seeded()]);
    await page.reload();
    const draft = page.getByRole('article', { name: 'My story: Vessels' });
    await draft.locator('summary').click();
    await draft.getByRole('button', { name: 'Add a question: Vessels' }).click();
    const options = await draft.locator('.question-adder option').allInnerTexts();
    expect(options.length).toBeGreaterThan(1);
    await draft.getByRole('button', { name: 'Add as a step' }).click();
    await expect.poll(() => draft.locator('.draft-steps > li').count()).toBe(2);
    const prompt = await draft.getByLabel('Question', { exact: true }).inputValue();
    expect(options[0]).toContain(prompt);
    const answer = await draft.getByLabel('Answer', { exact: true }).inputValue();
    const wrong = (await draft.getByLabel('Wrong answers (one per line)').inputValue()).split('\n')[0]!;

    // Played: the choices, and nothing said about which is right until one is chosen.
    await draft.getByRole('button', { name: /^Preview: step 2 of Vessels/ }).click();
    const question = page.getByRole('group', { name: 'Question' });
    await question.waitFor();
    expect(await question.innerText()).toContain(prompt);
    expect(await question.getByRole('button').allInnerTexts()).toEqual(
      expect.arrayContaining([answer, wrong]),
    );
    expect(await question.locator('.question-verdict').count()).toBe(0);
    await question.getByRole('button', { name: wrong, exact: true }).click();
    const verdict = question.getByRole('status');
    await expect.poll(() => verdict.innerText()).toContain('Not this one.');
    expect(await verdict.innerText()).toContain(answer);
    expect(await verdict.innerText()).toMatch(/“.+”/);
    expect(await verdict.locator('.citation').count()).toBeGreaterThan(0);
    expect(await verdict.innerText()).toContain('Score this sitting: 0 of 1');
    // The right answer is said in words, not by colour alone; the first choice counts, so the buttons are spent.
    const right = question.getByRole('button', { name: `${answer} (the answer)`, exact: true });
    expect(await right.isDisabled()).toBe(true);

    // The story's questions leave as Moodle GIFT with this one in it.
    await page.getByRole('button', { name: 'Close story' }).click();
    await page.goto(new URL('?panel=stories', page.url()).href);
    const download = page.waitForEvent('download');
    await draft.getByRole('button', { name: 'Questions (GIFT): Vessels' }).click();
    const gift = await readFile((await (await download).path())!, 'utf8');
    expect(gift).toContain(`=${answer.replace(/[~=#{}:]/g, (c) => `\\${c}`)}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
