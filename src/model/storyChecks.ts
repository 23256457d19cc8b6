import type { Story } from './storySchema';
import type { KnowledgeGraph } from './types';
import { referenceId, vocabOf } from './vocabOf';
import { stepQuizIssues } from './quiz/stepQuizChecks';

export interface StoryIssue {
  step?: number;
  /** Where in the step (for the line number): ['view', 'focus', 0], ['caption'], … */
  path?: (string | number)[];
  message: string;
}

/** Links in captions: [label](id). */
export const captionLinks = (caption: string): string[] =>
  [...caption.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/**
 * Every id a story names must exist in the graph (entities, relations, references), and every
 * type, level, facet value, section and relation kind in the dataset's schema.
 */
export const checkStory = (story: Story, graph: KnowledgeGraph): StoryIssue[] => {
  const issues: StoryIssue[] = [];
  const v = vocabOf(graph);
  const drawn = new Set(v.drawnTypes.map((t) => t.id));
  story.steps.forEach((s, i) => {
    const step = i + 1;
    const report = (path: (string | number)[], message: string) => issues.push({ step, path, message });
    const entity = (what: string, id: string, path: (string | number)[]) => {
      if (!graph.hasNode(id)) report(path, `${what} names ${id}, which is not in the graph`);
    };
    const edge = (what: string, id: string, path: (string | number)[]) => {
      if (!graph.hasEdge(id)) report(path, `${what} names relation ${id}, which is not in the graph`);
    };
    const known = (what: string, value: string, ok: boolean, path: (string | number)[]) => {
      if (!ok) report(path, `${what} "${value}" is not in this dataset's schema`);
    };
    const view = s.view;
    view.types?.forEach((t, k) => known('type', t, drawn.has(t), ['view', 'types', k]));
    if (view.minLevel) known('level', view.minLevel, !!v.level(view.minLevel), ['view', 'minLevel']);
    view.sections?.forEach((x, k) =>
      known(
        'section',
        x,
        v.sections.some((sec) => sec.id === x),
        ['view', 'sections', k],
      ),
    );
    view.relations?.forEach((x, k) => known('relation', x, !!v.relation(x), ['view', 'relations', k]));
    view.certainty?.forEach((x, k) => known('certainty', x, !!v.certaintyInfo(x), ['view', 'certainty', k]));
    for (const [facet, value] of Object.entries(view.facets ?? {})) {
      const info = v.facet(facet);
      known('facet', facet, !!info, ['view', 'facets', facet]);
      if (info)
        known(
          `${facet} value`,
          value,
          info.values.some((x) => x.id === value),
          ['view', 'facets', facet],
        );
    }
    if (view.gaps) {
      known('gap-map rows', view.gaps.rows, drawn.has(view.gaps.rows), ['view', 'gaps', 'rows']);
      known('gap-map columns', view.gaps.cols, drawn.has(view.gaps.cols), ['view', 'gaps', 'cols']);
    }
    view.focus?.forEach((id, k) => entity('focus', id, ['view', 'focus', k]));
    view.edges?.forEach((id, k) => edge('edges', id, ['view', 'edges', k]));
    if (view.select && !graph.hasNode(view.select) && !graph.hasEdge(view.select)) {
      report(['view', 'select'], `select names ${view.select}, which is not in the graph`);
    }
    view.path?.forEach((id, k) => entity('path', id, ['view', 'path', k]));
    if (view.gaps?.cell) {
      entity('gap cell row', view.gaps.cell[0], ['view', 'gaps', 'cell', 0]);
      entity('gap cell column', view.gaps.cell[1], ['view', 'gaps', 'cell', 1]);
    }
    if (view.ref !== undefined && !graph.hasNode(referenceId(graph, view.ref)))
      report(['view', 'ref'], `ref ${view.ref} is not in the reference list`);
    if (s.quiz) edge('quiz', s.quiz.hide, ['quiz', 'hide']);
    for (const issue of stepQuizIssues(graph, s)) report(issue.path, issue.message);
    for (const link of captionLinks(s.caption)) {
      if (!graph.hasNode(link) && !graph.hasEdge(link))
        report(['caption'], `caption links to ${link}, which is not in the graph`);
    }
  });
  return issues;
};
