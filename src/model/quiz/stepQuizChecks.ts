import type { StoryStep } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import { quizLeaks } from './quizLeaks';

/**
 * Checks of a step's quiz and question: named relations and entities exist, the answer is not
 * among the wrong answers, and neither the title nor the caption gives the answer away.
 */
export const stepQuizIssues = (
  graph: KnowledgeGraph,
  step: StoryStep,
): { path: (string | number)[]; message: string }[] => {
  const out: { path: (string | number)[]; message: string }[] = [...quizLeaks(graph, step)];
  const q = step.question;
  if (!q) return out;
  q.edges.forEach((e, k) => {
    if (!graph.hasEdge(e))
      out.push({
        path: ['question', 'edges', k],
        message: `question names relation ${e}, which is not in the graph`,
      });
  });
  for (const field of ['path', 'cell'] as const)
    q[field]?.forEach((id, k) => {
      if (!graph.hasNode(id))
        out.push({
          path: ['question', field, k],
          message: `question ${field} names ${id}, which is not in the graph`,
        });
    });
  const same = q.distractors.findIndex((d) => d.trim().toLowerCase() === q.answer.trim().toLowerCase());
  if (same !== -1)
    out.push({ path: ['question', 'distractors', same], message: 'a wrong answer repeats the right answer' });
  return out;
};
