import { parse, type MultipleChoice } from 'gift-pegjs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { giftEscape, quizGift } from '../../src/model/quiz/gift';
import { quizJson } from '../../src/model/quiz/quizJson';
import { names } from '../../src/model/quiz/quizLeaks';
import { GAP_NO, GAP_YES } from '../../src/model/quiz/gapQuestions';
import { quizFor } from '../../src/model/quiz/storyQuestions';
import type { QuestionSpec } from '../../src/model/quiz/questionTypes';
import type { KnowledgeGraph } from '../../src/model/types';
import { vocabOf } from '../../src/model/vocabOf';

const { graph, data } = loadGraph(resolve('graph-data'));
const g = graph!;
const stories = data!.stories.map((s) => s.value);

/** Entity ids by label (labels are unique in graph-data). */
const byLabel = new Map(g.mapNodes((id, a) => [a.label, id] as const));
const idOf = (label: string): string => {
  const id = byLabel.get(label);
  if (!id) throw new Error(`no entity labelled ${label}`);
  return id;
};
const adjacent = (a: string, b: string) => g.hasEdge(a, b) || g.hasEdge(b, a);

/** The graph's own verdict on an answer, written independently of the generators. */
const isRight = (graph: KnowledgeGraph, q: QuestionSpec, answer: string): boolean => {
  const v = vocabOf(graph);
  switch (q.kind) {
    case 'mediator': {
      const link = q.edges.at(-1)!;
      const m = idOf(answer);
      return graph.hasEdge(graph.source(link), m) && graph.hasEdge(m, graph.target(link));
    }
    case 'strongest-level': {
      const levels = graph.getEdgeAttribute(q.edges[0]!, 'evidence').map((i) => i.level!);
      const best = [...levels].sort((a, b) => v.rank(b) - v.rank(a))[0]!;
      return v.level(best)!.label === answer;
    }
    case 'path': {
      const ids = answer.split(' – ').map(idOf);
      return (
        ids[0] === q.path![0] &&
        ids.at(-1) === q.path![1] &&
        ids.slice(1).every((id, i) => adjacent(ids[i]!, id))
      );
    }
    case 'gap': {
      const [row, col] = q.cell!;
      const items = collectGapItems(graph);
      const matrix = gapMatrix(graph, items, {
        rows: graph.getNodeAttribute(row, 'type'),
        cols: graph.getNodeAttribute(col, 'type'),
      });
      return (answer === GAP_YES) === !matrix.cells.has(cellKey(row, col));
    }
    case 'hidden-link': {
      const hidden = q.edges[0]!;
      const relation = graph.getEdgeAttribute(hidden, 'relation');
      return graph
        .outEdges(graph.source(hidden))
        .some((e) => graph.getEdgeAttribute(e, 'relation') === relation && graph.target(e) === idOf(answer));
    }
  }
};

/** Stricter for distractors: not even linked to both ends of the link (mediator questions). */
const isWrong = (q: QuestionSpec, d: string): boolean => {
  if (q.kind === 'mediator') {
    const link = q.edges.at(-1)!;
    const id = idOf(d);
    return !(adjacent(g.source(link), id) && adjacent(id, g.target(link)));
  }
  return !isRight(g, q, d);
};

const all: QuestionSpec[] = [quizFor(g, 40), ...stories.map((s) => quizFor(g, 12, s))].flat();

describe('questions generated from the shipped graph', () => {
  it.each(['mediator', 'strongest-level', 'path', 'gap', 'hidden-link'] as const)(
    '%s: the answer is right and every distractor wrong, according to the graph',
    (kind) => {
      const questions = all.filter((q) => q.kind === kind);
      expect(questions.length, kind).toBeGreaterThanOrEqual(kind === 'hidden-link' ? 7 : 5);
      for (const q of questions) {
        expect(isRight(g, q, q.answer), `${q.prompt} → ${q.answer}`).toBe(true);
        expect(q.distractors.length, q.prompt).toBeGreaterThanOrEqual(1);
        expect(new Set([q.answer, ...q.distractors]).size, q.prompt).toBe(q.distractors.length + 1);
        for (const d of q.distractors) expect(isWrong(q, d), `${q.prompt}: distractor ${d}`).toBe(true);
      }
    },
  );

  it('gap questions ask about gaps and about filled cells', () => {
    const answers = new Set(all.filter((q) => q.kind === 'gap').map((q) => q.answer));
    expect(answers).toEqual(new Set([GAP_YES, GAP_NO]));
  });

  it('never put the answer in the question', () => {
    for (const q of all) expect(names(q.prompt, q.answer), q.prompt).toBe(false);
  });

  it('give each question the quotes that decide it', () => {
    const json = [...stories.map((s) => quizJson(g, quizFor(g, 10, s))), quizJson(g, quizFor(g, 20))].flat();
    for (const q of json) {
      expect(q.evidence.length, q.question).toBeGreaterThan(0);
      for (const e of q.evidence)
        expect(g.getEdgeAttribute(e.edge, 'evidence').some((i) => i.quote === e.quote)).toBe(true);
    }
  });

  it('are the same every time (deterministic)', () => {
    expect(quizFor(g, 12, stories[0])).toEqual(quizFor(g, 12, stories[0]));
  });
});

describe('Moodle GIFT export', () => {
  it('escapes ~ = # { } : and backslashes, so a parser reads the text back unchanged', () => {
    const nasty = 'a ~ b = c # d { e } f: g \\ h';
    const [q] = parse(
      `::t:: ${giftEscape(nasty)} {=${giftEscape(nasty)} ~${giftEscape('x: {y}')}}\n`,
    ) as MultipleChoice[];
    expect(q!.stem.text).toBe(nasty);
    expect(q!.choices.map((c) => c.text.text)).toEqual([nasty, 'x: {y}']);
  });

  it('of a story imports into a GIFT parser with the same questions and answers', () => {
    const story = stories.find((s) => s.id === 'how-mscs-act')!;
    const questions = quizFor(g, 12, story);
    const parsed = parse(quizGift(g, questions, story.title)) as MultipleChoice[];
    expect(parsed).toHaveLength(questions.length);
    parsed.forEach((p, i) => {
      const q = questions[i]!;
      expect(p.type).toBe('MC');
      expect(p.stem.text).toBe(q.prompt);
      expect(p.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([q.answer]);
      expect(
        p.choices
          .filter((c) => !c.isCorrect)
          .map((c) => c.text.text)
          .sort(),
      ).toEqual([...q.distractors].sort());
      expect(p.globalFeedback?.text).toContain(quizJson(g, [q])[0]!.evidence[0]!.quote);
    });
  });
});
