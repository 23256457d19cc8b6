import { claimSentence } from './claims';
import { formatCitation } from './citation';
import { htmlText as esc } from './escape/html';
import { mdText } from './escape/markdown';
import { sourceLine } from './sourceCitation';
import { referenceId, vocabOf } from './vocabOf';
import type { Story, StoryStep } from './storySchema';
import type { KnowledgeGraph } from './types';

/** The relations a step is about: its edges, a selected relation, its quiz answer. */
export const stepEdges = (graph: KnowledgeGraph, step: StoryStep): string[] => {
  const ids = new Set<string>(step.view.edges ?? []);
  if (step.view.select && graph.hasEdge(step.view.select)) ids.add(step.view.select);
  if (step.quiz) ids.add(step.quiz.hide);
  return [...ids].filter((e) => graph.hasEdge(e));
};

export const storyRefs = (graph: KnowledgeGraph, story: Story): number[] => {
  const refs = new Set<number>();
  for (const step of story.steps)
    for (const e of stepEdges(graph, step))
      graph.getEdgeAttribute(e, 'evidence').forEach((i) => i.refs.forEach((r) => refs.add(r)));
  return [...refs].sort((a, b) => a - b);
};

/** Caption text without markup: **b** → b, [label](id) → label. */
export const plainCaption = (caption: string): string =>
  caption
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

/**
 * A Markdown handout: each step's title and caption, the review's quotes behind it, and the references.
 * Every value from the data or the lecturer goes through `mdText`, so it reads as literal text: no raw
 * HTML, no markup it did not mean (escape/markdown.ts).
 */
export const storyHandoutMarkdown = (graph: KnowledgeGraph, story: Story, withNotes = false): string => {
  const out: string[] = [
    `# ${mdText(story.title)}`,
    '',
    `*${mdText(story.audience)}* — ${mdText(story.summary)}`,
    '',
  ];
  story.steps.forEach((step, i) => {
    out.push(`## ${i + 1}. ${mdText(step.title)}`, '', mdText(plainCaption(step.caption), true), '');
    if (withNotes && step.notes) out.push(`> Presenter notes: ${mdText(step.notes)}`, '');
    for (const e of stepEdges(graph, step)) {
      out.push(`**${mdText(claimSentence(graph, e))}**`, '');
      for (const item of graph.getEdgeAttribute(e, 'evidence')) {
        out.push(
          `> “${mdText(item.quote)}” (§ ${mdText(item.section)}; ${levelLabel(graph, item.level)}${item.refs.length ? `; refs ${item.refs.join(', ')}` : ''})`,
          '',
        );
      }
    }
  });
  const refs = storyRefs(graph, story);
  if (refs.length > 0) {
    out.push('## References', '');
    for (const r of refs)
      out.push(`${r}. ${mdText(formatCitation(graph.getNodeAttributes(referenceId(graph, r))), true)}`);
    out.push('');
  }
  const source = sourceLine(graph);
  if (source) out.push(`Source: ${mdText(source, true)}`, '');
  return out.join('\n');
};

const levelLabel = (graph: KnowledgeGraph, level: string | undefined): string =>
  level === undefined ? 'no level' : (vocabOf(graph).level(level)?.label ?? level);

/** The same handout as a printable HTML page (with a print stylesheet); every value HTML-escaped. */
export const storyHandoutHtml = (graph: KnowledgeGraph, story: Story): string => {
  const steps = story.steps
    .map((step, i) => {
      const quotes = stepEdges(graph, step)
        .map((e) => {
          const items = graph
            .getEdgeAttribute(e, 'evidence')
            .map(
              (item) =>
                `<blockquote>“${esc(item.quote)}”<footer>§ ${esc(item.section)} · ${esc(levelLabel(graph, item.level))}${item.refs.length ? ` · refs ${item.refs.join(', ')}` : ''}</footer></blockquote>`,
            )
            .join('');
          return `<h3>${esc(claimSentence(graph, e))}</h3>${items}`;
        })
        .join('');
      return `<section><h2>${i + 1}. ${esc(step.title)}</h2><p>${esc(plainCaption(step.caption))}</p>${quotes}</section>`;
    })
    .join('\n');
  const refs = storyRefs(graph, story)
    .map(
      (r) => `<li value="${r}">${esc(formatCitation(graph.getNodeAttributes(referenceId(graph, r))))}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)}</title>
<style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;line-height:1.5;color:#111}h1,h2,h3{font-family:system-ui,sans-serif}h3{font-size:1rem}blockquote{margin:.4rem 0 .8rem;padding:.2rem .8rem;border-left:3px solid #999}footer{font-family:system-ui,sans-serif;font-size:.8rem;color:#555}section{break-inside:avoid-page}@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}}</style>
</head><body><h1>${esc(story.title)}</h1><p><em>${esc(story.audience)}</em> — ${esc(story.summary)}</p>
${steps}
<h2>References</h2><ol>${refs}</ol>
${sourceLine(graph) ? `<p><small>Source: ${esc(sourceLine(graph)!)}</small></p>` : ''}
</body></html>
`;
};
