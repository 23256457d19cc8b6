import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { questionStep } from '../../src/model/quiz/questionStep';
import { QUESTION_KINDS } from '../../src/model/quiz/questionTypes';
import { generatedQuestions } from '../../src/model/quiz/storyQuestions';
import { stepQuizIssues } from '../../src/model/quiz/stepQuizChecks';
import { storyStepSchema } from '../../src/model/storySchema';

const graph = loadGraph(resolve('graph-data')).graph!;
const questions = generatedQuestions(graph, 60);

describe('a generated question as a story step', () => {
  it('covers every generated kind', () => {
    const kinds = new Set(questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(QUESTION_KINDS.filter((k) => k !== 'hidden-link').sort());
  });

  it.each(questions.map((q) => [q.kind, q.prompt, q] as const))('%s: %s', (_, __, q) => {
    const step = questionStep(graph, q);
    expect(storyStepSchema.safeParse(step).success).toBe(true);
    // Neither the words nor the canvas give the answer away.
    expect(stepQuizIssues(graph, step)).toEqual([]);
    const shown = (step.view.focus ?? []).map((id) => graph.getNodeAttribute(id, 'label').toLowerCase());
    expect(shown).not.toContain(q.answer.toLowerCase());
    if (q.path) expect(step.view.focus).toEqual(q.path);
  });
});
