import type { Story } from './storySchema';
import type { KnowledgeGraph } from './types';

export interface StoryIssue {
  step?: number;
  /** Where in the step (for the line number): ['view', 'focus', 0], ['caption'], … */
  path?: (string | number)[];
  message: string;
}

/** Links in captions: [label](id). */
export const captionLinks = (caption: string): string[] =>
  [...caption.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** Every id a story names must exist in the graph (entities, relations, references, gap-map axes). */
export const checkStory = (story: Story, graph: KnowledgeGraph): StoryIssue[] => {
  const issues: StoryIssue[] = [];
  story.steps.forEach((s, i) => {
    const step = i + 1;
    const report = (path: (string | number)[], message: string) => issues.push({ step, path, message });
    const entity = (what: string, id: string, path: (string | number)[]) => {
      if (!graph.hasNode(id)) report(path, `${what} names ${id}, which is not in the graph`);
    };
    const edge = (what: string, id: string, path: (string | number)[]) => {
      if (!graph.hasEdge(id)) report(path, `${what} names relation ${id}, which is not in the graph`);
    };
    const v = s.view;
    v.focus?.forEach((id, k) => entity('focus', id, ['view', 'focus', k]));
    v.edges?.forEach((id, k) => edge('edges', id, ['view', 'edges', k]));
    if (v.select && !graph.hasNode(v.select) && !graph.hasEdge(v.select)) {
      report(['view', 'select'], `select names ${v.select}, which is not in the graph`);
    }
    v.path?.forEach((id, k) => entity('path', id, ['view', 'path', k]));
    if (v.gaps?.cell) {
      entity('gap cell row', v.gaps.cell[0], ['view', 'gaps', 'cell', 0]);
      entity('gap cell column', v.gaps.cell[1], ['view', 'gaps', 'cell', 1]);
    }
    if (v.ref !== undefined && !graph.hasNode(`paper/${v.ref}`))
      report(['view', 'ref'], `ref ${v.ref} is not in the reference list`);
    if (s.quiz) edge('quiz', s.quiz.hide, ['quiz', 'hide']);
    for (const link of captionLinks(s.caption)) {
      if (!graph.hasNode(link) && !graph.hasEdge(link))
        report(['caption'], `caption links to ${link}, which is not in the graph`);
    }
  });
  return issues;
};
