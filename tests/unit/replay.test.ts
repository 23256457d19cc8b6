import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/dataset/dataset';
import { loadGraph } from '../../src/io/loadGraph';
import { replayStory, REPLAY_STORY_ID } from '../../src/model/replay/replayStory';
import { checkStory } from '../../src/model/storyChecks';
import { vocabOf } from '../../src/model/vocabOf';

const { graph, data } = loadGraph(resolve('graph-data'));
const g = graph!;
const story = replayStory(g)!;
const v = vocabOf(g);
/** The section a step is about: the last one its filter adds. */
const sectionOf = (i: number) => story.steps[i]!.view.sections!.at(-1)!;

describe('the replay of the review’s argument', () => {
  it('covers every section that has evidence with at least one step, in the schema’s reading order', () => {
    const withEvidence = v.sections
      .map((s) => s.id)
      .filter((id) => g.someEdge((_e, a) => a.evidence.some((i) => i.section === id)));
    const covered = story.steps.map((_s, i) => sectionOf(i));
    expect([...new Set(covered)]).toEqual(withEvidence);
    expect(withEvidence).toEqual(
      expect.arrayContaining(['1', '2.1', '2.2', '2.3', '2.3.1', '2.4', '3.1', '3.4', '4']),
    );
  });

  it('reveals section by section: each step shows the sections so far and hides untouched entities', () => {
    story.steps.forEach((step, i) => {
      const sections = v.sections.map((s) => s.id);
      const shown = step.view.sections!;
      expect(shown).toEqual(sections.filter((s) => shown.includes(s)));
      if (i > 0)
        expect(shown.slice(0, story.steps[i - 1]!.view.sections!.length)).toEqual(
          story.steps[i - 1]!.view.sections,
        );
      expect(step.view.hideIsolated).toBe(true);
    });
  });

  it('adds each relation once, at its first statement in reading order, and lists it in the caption', () => {
    const added = story.steps.flatMap((s) => (s.caption.startsWith('This part adds') ? s.view.edges! : []));
    expect(new Set(added).size).toBe(added.length);
    expect(new Set(added)).toEqual(new Set(g.edges()));
    story.steps.forEach((step, i) => {
      for (const edge of step.view.edges!) {
        expect(step.caption).toContain(`](${edge})`);
        expect(g.getEdgeAttribute(edge, 'evidence').some((item) => item.section === sectionOf(i))).toBe(true);
      }
    });
    // Within a section, steps follow the paragraphs: the first statement of each step's first
    // relation never comes before the previous step's.
    const start = (i: number) =>
      Math.min(
        ...g
          .getEdgeAttribute(story.steps[i]!.view.edges![0]!, 'evidence')
          .filter((item) => item.section === sectionOf(i))
          .map((item) => item.at!.p * 1000 + item.at!.s),
      );
    for (let i = 1; i < story.steps.length; i++)
      if (sectionOf(i) === sectionOf(i - 1)) expect(start(i)).toBeGreaterThanOrEqual(start(i - 1));
  });

  it('is a valid story, offered with the shipped ones (and by its id in URLs)', () => {
    expect(checkStory(story, g)).toEqual([]);
    const dataset = makeDataset(
      g,
      {},
      data!.stories.map((s) => s.value),
    );
    expect(dataset.stories.at(-1)!.id).toBe(REPLAY_STORY_ID);
    expect(dataset.stories.length).toBe(data!.stories.length + 1);
  });

  it('is not offered for a dataset without quote positions', () => {
    const other = loadGraph(resolve('tests/fixtures/other-dataset')).graph!;
    expect(replayStory(other)).toBeUndefined();
  });
});
