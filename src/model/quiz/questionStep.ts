import type { StoryStep } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import { KIND_LABELS, type QuestionSpec } from './questionTypes';

/**
 * A story step that asks `q`: titled by its kind, captioned in neutral words, and showing the
 * entities the question is about, except any whose name is the answer (so the canvas does not
 * give it away). A path question shows its two ends; a gap question its row and column.
 */
export const questionStep = (graph: KnowledgeGraph, q: QuestionSpec): StoryStep => {
  const ids = new Set<string>([...(q.path ?? []), ...(q.cell ?? [])]);
  if (!q.path && !q.cell)
    for (const edge of q.edges.filter((e) => graph.hasEdge(e))) {
      ids.add(graph.source(edge));
      ids.add(graph.target(edge));
    }
  const answer = q.answer.trim().toLowerCase();
  const focus = [...ids].filter(
    (id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'label').trim().toLowerCase() !== answer,
  );
  return {
    title: KIND_LABELS[q.kind],
    caption: 'A question for the class: choose an answer, then read the quotes that decide it.',
    view: focus.length > 0 ? { focus, camera: 'fit' } : { camera: 'all' },
    question: q,
  };
};
