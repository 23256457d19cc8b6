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

/** A PNG data URL as the thumbnail renderer makes it; anything else is never put in the page. */
const FIGURE = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The one statement a handout prints for a relation: one at its strongest level, preferring one
 * the step has not printed yet (`printed`); `repeat` when every such statement is printed above.
 */
const leadItem = (graph: KnowledgeGraph, edge: string, printed: ReadonlySet<string>) => {
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  const strongest = vocabOf(graph).strongest(evidence.map((i) => i.level));
  const top = evidence.filter((i) => i.level === strongest);
  const item = top.find((i) => !printed.has(i.quote)) ?? top[0] ?? evidence[0];
  return { item, repeat: !!item && printed.has(item.quote), more: evidence.length - 1 };
};

const HANDOUT_CSS = `@page{size:A4;margin:14mm}body{font:10pt/1.35 Georgia,serif;max-width:48rem;margin:1.5rem auto;color:#111}
h1,h2{font-family:system-ui,sans-serif;margin:.2rem 0}h1{font-size:15pt}h2{font-size:11pt}
.step{display:grid;grid-template-columns:40mm 1fr;gap:4mm;break-inside:avoid;margin:0 0 4mm;padding-top:2mm;border-top:1px solid #ddd}
.step.no-figure{grid-template-columns:1fr}.step img{width:40mm;height:25mm;border:1px solid #ccc}.step p{margin:.2rem 0}
ul{margin:.2rem 0;padding-left:1rem}li{margin:.15rem 0}.meta{font:8pt system-ui,sans-serif;color:#555}
.refs{font-size:8.5pt;columns:2;column-gap:6mm}.refs li{break-inside:avoid}
@media print{body{margin:0;max-width:none}a{color:inherit}}`;

/**
 * The same handout as a printable HTML page, compact: per step its figure (when given: a PNG data
 * URL per step, as the thumbnails draw them), title and caption, and per relation its claim with one
 * quote at its strongest level (each quote once per step) and how many more the review gives; then the references. Every value
 * is HTML-escaped; a figure that is not a PNG data URL is left out.
 */
export const storyHandoutHtml = (
  graph: KnowledgeGraph,
  story: Story,
  figures: readonly (string | undefined)[] = [],
): string => {
  const steps = story.steps
    .map((step, i) => {
      const printed = new Set<string>();
      const claims = stepEdges(graph, step)
        .map((e) => {
          const { item, repeat, more } = leadItem(graph, e, printed);
          if (item) printed.add(item.quote);
          const quote = repeat
            ? ` <span class="meta">(the same statement as above${more > 0 ? `; ${more} more in the review` : ''})</span>`
            : item
              ? ` “${esc(item.quote)}” <span class="meta">§ ${esc(item.section)} · ${esc(levelLabel(graph, item.level))}${item.refs.length ? ` · refs ${item.refs.join(', ')}` : ''}${more > 0 ? ` · ${more} more in the review` : ''}</span>`
              : '';
          return `<li><strong>${esc(claimSentence(graph, e))}</strong>${quote}</li>`;
        })
        .join('');
      const figure = figures[i];
      const img = figure && FIGURE.test(figure) ? `<img src="${figure}" alt="">` : '';
      return `<section class="${img ? 'step' : 'step no-figure'}">${img}<div><h2>${i + 1}. ${esc(step.title)}</h2><p>${esc(plainCaption(step.caption))}</p>${claims ? `<ul>${claims}</ul>` : ''}</div></section>`;
    })
    .join('\n');
  const refs = storyRefs(graph, story)
    .map(
      (r) => `<li value="${r}">${esc(formatCitation(graph.getNodeAttributes(referenceId(graph, r))))}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)}</title>
<style>${HANDOUT_CSS}</style>
</head><body><h1>${esc(story.title)}</h1><p><em>${esc(story.audience)}</em> — ${esc(story.summary)}</p>
${steps}
<h2>References</h2><ol class="refs">${refs}</ol>
${sourceLine(graph) ? `<p class="meta">Source: ${esc(sourceLine(graph)!)}</p>` : ''}
</body></html>
`;
};
