import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { checkStory } from '../../src/model/storyChecks';
import { names } from '../../src/model/quiz/quizLeaks';

const { graph, data } = loadGraph(resolve('graph-data'));
const g = graph!;
const stories = data!.stories.map((s) => s.value);

describe('a quiz step never names its hidden answer', () => {
  it('matches whole words, and short abbreviations only in their own case', () => {
    expect(names('They lack CD45 and CD34.', 'CD45')).toBe(true);
    expect(names('They lack CD450.', 'CD45')).toBe(false);
    expect(names('there is no effect', 'NO')).toBe(false);
    expect(names('released NO and PGE2', 'NO')).toBe(true);
    expect(names('Low Exosome Yield', 'low exosome yield')).toBe(true);
  });

  it('holds for every shipped quiz step (seven of them)', () => {
    const quizSteps = stories.flatMap((s) => s.steps.filter((step) => step.quiz));
    expect(quizSteps).toHaveLength(7);
    for (const story of stories)
      expect(
        checkStory(story, g).filter((i) => i.message.includes('hidden answer')),
        story.id,
      ).toEqual([]);
  });

  it('reports a caption or title that names the answer, by label, alias or link', () => {
    const story = stories.find((s) => s.id === 'how-mscs-act')!;
    const index = story.steps.findIndex((s) => s.quiz?.hide === 'factor/pge2--binds--factor/ep4');
    const leak = (patch: { title?: string; caption?: string }) =>
      checkStory({ ...story, steps: story.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) }, g)
        .filter((i) => i.message.includes('hidden answer'))
        .map((i) => `${i.step}:${i.path?.join('.')}`);
    expect(leak({ title: 'PGE2 acts on EP4' })).toEqual([`${index + 1}:title`]);
    expect(leak({ caption: 'It binds prostaglandin E2 receptor 4.' })).toEqual([`${index + 1}:caption`]);
    expect(leak({ caption: 'It binds [its receptor](factor/ep4).' })).toEqual([`${index + 1}:caption`]);
    expect(leak({ caption: 'It binds a receptor.' })).toEqual([]);
  });
});
