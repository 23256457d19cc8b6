import { sourceLine } from '../sourceCitation';
import type { KnowledgeGraph } from '../types';
import { claimText } from './labels';
import { choicesOf } from './pick';
import { questionEvidence } from './questionEvidence';
import type { QuestionSpec } from './questionTypes';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LETTERS = 'ABCDEFGH';

/**
 * A printable question sheet: the questions with lettered choices, then (on a new page) the
 * answer key with the quotes and references that decide each answer.
 */
export const quizSheetHtml = (
  graph: KnowledgeGraph,
  questions: readonly QuestionSpec[],
  title: string,
): string => {
  const choices = questions.map((q) => choicesOf(q.answer, q.distractors, q.prompt));
  const items = questions
    .map(
      (q, i) =>
        `<li><p>${esc(q.prompt)}</p><ol class="choices" type="A">${choices[i]!.map((c) => `<li>${esc(c)}</li>`).join('')}</ol></li>`,
    )
    .join('\n');
  const key = questions
    .map((q, i) => {
      const letter = LETTERS[choices[i]!.indexOf(q.answer)] ?? '?';
      const quotes = questionEvidence(graph, q)
        .map(
          (e) =>
            `<blockquote>“${esc(e.quote)}”<footer>${esc(claimText(graph, e.edge))} · § ${esc(e.section)}${e.refs.length ? ` · refs ${e.refs.join(', ')}` : ''}</footer></blockquote>`,
        )
        .join('');
      return `<li><p><strong>${letter}</strong>: ${esc(q.answer)}</p>${quotes}</li>`;
    })
    .join('\n');
  const source = sourceLine(graph);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}: questions</title>
<style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;line-height:1.4;color:#111;font-size:11pt}h1,h2{font-family:system-ui,sans-serif}ol.questions>li{margin-bottom:1rem;break-inside:avoid}.choices li{margin:.15rem 0}.key{break-before:page}blockquote{margin:.2rem 0 .4rem;padding:.1rem .6rem;border-left:3px solid #999;font-size:.9em}footer{font-family:system-ui,sans-serif;font-size:.8rem;color:#555}.name{margin:1rem 0 2rem;font-family:system-ui,sans-serif}@media print{body{margin:0;max-width:none}}</style>
</head><body><h1>${esc(title)}</h1><p class="name">Name: ______________________ · Date: ____________</p>
<ol class="questions">${items}</ol>
<section class="key"><h2>Answer key</h2><ol>${key}</ol>${source ? `<p><small>Source: ${esc(source)}</small></p>` : ''}</section>
</body></html>
`;
};
