import { stepSpotlight } from '../storyView';
import type { Story } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import { gapQuestions } from './gapQuestions';
import { hiddenLinkQuestion } from './hiddenLinkQuestions';
import { levelQuestions } from './levelQuestions';
import { mediatorQuestions } from './mediatorQuestions';
import { pathQuestions } from './pathQuestions';
import { interleave, shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

/** The questions a story already asks: its own question steps and its hidden-link quiz steps. */
export const storyOwnQuestions = (graph: KnowledgeGraph, story: Story): QuestionSpec[] =>
  story.steps.flatMap((step) => {
    const out: QuestionSpec[] = [];
    if (step.question) out.push(step.question);
    const hidden = hiddenLinkQuestion(graph, step);
    if (hidden) out.push(hidden);
    return out;
  });

/** The entities and relations a story shows: what its questions are generated about. */
export const storyScope = (graph: KnowledgeGraph, story: Story): { entities: string[]; edges: string[] } => {
  const ids = new Set<string>();
  for (const step of story.steps) {
    stepSpotlight(graph, step.view).forEach((id) => ids.add(id));
    step.view.path?.forEach((id) => ids.add(id));
    step.view.gaps?.cell?.forEach((id) => ids.add(id));
    if (step.quiz?.hide && graph.hasEdge(step.quiz.hide)) ids.add(step.quiz.hide);
  }
  return {
    entities: [...ids].filter((id) => graph.hasNode(id)),
    edges: [...ids].filter((id) => graph.hasEdge(id)),
  };
};

/**
 * Questions generated from the graph, every kind in turn: about a story's entities and relations,
 * or about the whole graph. Deterministic: the same graph and story give the same questions.
 */
export const generatedQuestions = (graph: KnowledgeGraph, count: number, story?: Story): QuestionSpec[] => {
  const scope = story ? storyScope(graph, story) : undefined;
  const lists = [
    mediatorQuestions(graph, scope?.edges),
    levelQuestions(graph, scope?.edges),
    pathQuestions(graph, scope?.entities, count),
    gapQuestions(graph, scope?.entities, count),
  ];
  // Over the whole graph, spread the picks (graph order would start with one hub's links).
  const spread = story ? lists : lists.map((l) => shuffled(l, 'quiz', (q) => q.prompt));
  return interleave(spread, count);
};

/**
 * A story's quiz: the questions it asks, then generated ones about it, up to `count` (at least
 * all of its own). Without a story, `count` generated questions about the whole graph.
 */
export const quizFor = (graph: KnowledgeGraph, count: number, story?: Story): QuestionSpec[] => {
  const own = story ? storyOwnQuestions(graph, story) : [];
  const seen = new Set(own.map((q) => q.prompt));
  const more = generatedQuestions(graph, count + own.length, story).filter((q) => !seen.has(q.prompt));
  return [...own, ...more].slice(0, Math.max(count, own.length));
};
