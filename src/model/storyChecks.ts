import type { Story } from './storySchema';
import type { KnowledgeGraph } from './types';

export interface StoryIssue {
  step?: number;
  message: string;
}

/** Links in captions: [label](id). */
export const captionLinks = (caption: string): string[] =>
  [...caption.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** Every id a story names must exist in the graph (entities, relations, references, gap-map axes). */
export const checkStory = (story: Story, graph: KnowledgeGraph): StoryIssue[] => {
  const issues: StoryIssue[] = [];
  const entity = (step: number, what: string, id: string) => {
    if (!graph.hasNode(id)) issues.push({ step, message: `${what} names ${id}, which is not in the graph` });
  };
  const edge = (step: number, what: string, id: string) => {
    if (!graph.hasEdge(id))
      issues.push({ step, message: `${what} names relation ${id}, which is not in the graph` });
  };
  story.steps.forEach((s, i) => {
    const n = i + 1;
    const v = s.view;
    v.focus?.forEach((id) => entity(n, 'focus', id));
    v.edges?.forEach((id) => edge(n, 'edges', id));
    if (v.select) {
      if (!graph.hasNode(v.select) && !graph.hasEdge(v.select))
        issues.push({ step: n, message: `select names ${v.select}, which is not in the graph` });
    }
    v.path?.forEach((id) => entity(n, 'path', id));
    if (v.gaps?.cell) {
      const [row, col] = v.gaps.cell;
      entity(n, 'gap cell row', row);
      entity(n, 'gap cell column', col);
    }
    if (v.ref !== undefined && !graph.hasNode(`paper/${v.ref}`))
      issues.push({ step: n, message: `ref ${v.ref} is not in the reference list` });
    if (s.quiz) edge(n, 'quiz', s.quiz.hide);
    for (const link of captionLinks(s.caption)) {
      if (!graph.hasNode(link) && !graph.hasEdge(link))
        issues.push({ step: n, message: `caption links to ${link}, which is not in the graph` });
    }
  });
  return issues;
};
