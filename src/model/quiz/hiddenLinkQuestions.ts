import type { StoryStep } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import { entitiesOfType, labelOf } from './labels';
import { shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

/**
 * A story's "predict the hidden link" step as a question: the answer is the hidden relation's
 * target; distractors are entities of the same type that the source does not reach by that
 * relation (so none is a true answer), those shown in the step first.
 */
export const hiddenLinkQuestion = (graph: KnowledgeGraph, step: StoryStep): QuestionSpec | undefined => {
  const hide = step.quiz?.hide;
  if (!hide || !graph.hasEdge(hide)) return undefined;
  const source = graph.source(hide);
  const target = graph.target(hide);
  const relation = graph.getEdgeAttribute(hide, 'relation');
  const reached = new Set(
    graph
      .outEdges(source)
      .filter((e) => graph.getEdgeAttribute(e, 'relation') === relation)
      .map((e) => graph.target(e)),
  );
  const type = graph.getNodeAttribute(target, 'type');
  const wrong = entitiesOfType(graph, type).filter((d) => !reached.has(d) && d !== source);
  const shown = new Set(step.view.focus ?? []);
  // Plausible first: entities the step shows, then targets of the same relation elsewhere.
  const sameRelation = new Set(
    graph.filterEdges((_e, a) => a.relation === relation).map((e) => graph.target(e)),
  );
  const rank = (d: string) => (shown.has(d) ? 0 : sameRelation.has(d) ? 1 : 2);
  const distractors = shuffled(wrong, hide, (d) => d)
    .sort((x, y) => rank(x) - rank(y))
    .slice(0, 3)
    .map((d) => labelOf(graph, d));
  return {
    kind: 'hidden-link',
    prompt: step.quiz?.prompt ?? `${step.title}: which link is hidden here?`,
    answer: labelOf(graph, target),
    distractors,
    edges: [hide],
  };
};
