import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { storyFromText, storyToText } from '../../src/io/storyFiles';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { applyStepView, stepSpotlight } from '../../src/model/storyView';
import { makeGraphData } from '../support/fixture';

const STORY = `id: heart-story
title: A story
audience: Students
summary: About the heart.
steps:
  - title: One
    caption: Hypoxia raises **VEGF** ([see](strategy/hypoxic-preconditioning--increases--factor/vegf)).
    view:
      focus: [strategy/hypoxic-preconditioning, factor/vegf]
      edges: [strategy/hypoxic-preconditioning--increases--factor/vegf]
      minLevel: animal
  - title: Two
    caption: The heart.
    view:
      focus: [disease/heart-attack]
      depth: 2
      gaps: { rows: strategy, cols: disease, cell: [strategy/hypoxic-preconditioning, disease/heart-attack] }
    quiz: { hide: strategy/hypoxic-preconditioning--improves--disease/heart-attack }
`;

describe('stories in graph-data', () => {
  it('load and validate with the rest of the data', () => {
    const result = loadGraph(makeGraphData({ 'stories/heart-story.yaml': STORY }));
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.data!.stories.map((s) => s.value.id)).toEqual(['heart-story']);
  });

  it('report a step that names a missing entity, with the story, step and line', () => {
    const bad = STORY.replace('focus: [disease/heart-attack]', 'focus: [disease/heart-failure]');
    const errors = errorsOf(loadGraph(makeGraphData({ 'stories/heart-story.yaml': bad })).problems).map(
      formatProblem,
    );
    expect(errors).toContain(
      'graph-data/stories/heart-story.yaml:15 [story/heart-story step 2] error: focus names disease/heart-failure, which is not in the graph',
    );
  });

  it('report schema problems and missing relations, links and quiz answers', () => {
    const bad = STORY.replace('minLevel: animal', 'minLevel: anecdote')
      .replace('(strategy/hypoxic-preconditioning--increases--factor/vegf)', '(factor/nope)')
      .replace('hide: strategy/hypoxic-preconditioning--improves--disease/heart-attack', 'hide: a--b--c');
    const errors = errorsOf(loadGraph(makeGraphData({ 'stories/heart-story.yaml': bad })).problems).map(
      formatProblem,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /heart-story\.yaml:\d+ \[story\/heart-story step 1\] error: level "anecdote" is not in this dataset's schema/,
      ),
    );
    const fixedLevel = bad.replace('minLevel: anecdote', 'minLevel: animal');
    const more = errorsOf(loadGraph(makeGraphData({ 'stories/heart-story.yaml': fixedLevel })).problems).map(
      formatProblem,
    );
    expect(more).toContain(
      'graph-data/stories/heart-story.yaml:7 [story/heart-story step 1] error: caption links to factor/nope, which is not in the graph',
    );
    expect(more).toContain(
      'graph-data/stories/heart-story.yaml:18 [story/heart-story step 2] error: quiz names relation a--b--c, which is not in the graph',
    );
  });

  it('reject two stories with the same id', () => {
    const errors = errorsOf(
      loadGraph(makeGraphData({ 'stories/a.yaml': STORY, 'stories/b.yaml': STORY })).problems,
    ).map(formatProblem);
    expect(errors.some((e) => e.includes('duplicate story id'))).toBe(true);
  });
});

describe('playing a step', () => {
  const { graph, data } = loadGraph(makeGraphData({ 'stories/heart-story.yaml': STORY }));
  const [one, two] = data!.stories[0]!.value.steps;

  it('turns the step into view state, with defaults for what it leaves out', () => {
    const a = applyStepView(graph!, one!.view);
    expect(a.filters).toMatchObject({ minLevel: 'animal', facets: {}, sections: [] });
    expect(a.view).toBe('graph');
    expect(a.camera).toEqual(expect.arrayContaining(['strategy/hypoxic-preconditioning', 'factor/vegf']));
    const b = applyStepView(graph!, two!.view);
    expect(b.focus).toEqual({ id: 'disease/heart-attack', depth: 2 });
    expect(b.view).toBe('gaps');
    expect(b.gapCell).toEqual({ row: 'strategy/hypoxic-preconditioning', col: 'disease/heart-attack' });
  });

  it('brings forward the step’s entities and relations', () => {
    expect(stepSpotlight(graph!, one!.view).sort()).toEqual(
      [
        'factor/vegf',
        'strategy/hypoxic-preconditioning',
        'strategy/hypoxic-preconditioning--increases--factor/vegf',
      ].sort(),
    );
  });
});

describe('story files', () => {
  const { graph, data } = loadGraph(makeGraphData({ 'stories/heart-story.yaml': STORY }));
  const story = data!.stories[0]!.value;

  it.each(['yaml', 'json'] as const)('round-trip as %s', (format) => {
    const result = storyFromText(storyToText(story, format), `s.${format}`, graph!);
    expect(result).toEqual({ ok: true, story, missing: [] });
  });

  it('say clearly what is wrong with a bad file', () => {
    expect(storyFromText('id: [unclosed', 'bad.yaml', graph!)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^bad\.yaml: not valid YAML/),
    });
    expect(storyFromText('{"id": "x"}', 'bad.json', graph!)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^bad\.json: title: /),
    });
  });

  it('import a story whose entities this graph lacks, saying which', () => {
    const other = storyToText(
      { ...story, steps: [{ ...story.steps[0]!, view: { focus: ['factor/unknown'] } }] },
      'yaml',
    );
    const result = storyFromText(other, 'other.yaml', graph!);
    expect(result).toMatchObject({
      ok: true,
      missing: ['step 1: focus names factor/unknown, which is not in the graph'],
    });
  });
});
