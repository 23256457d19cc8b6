import { sourceLine } from '../sourceCitation';
import type { KnowledgeGraph } from '../types';
import { choicesOf } from './pick';
import { questionEvidence } from './questionEvidence';
import { KIND_LABELS, type QuestionSpec } from './questionTypes';

/**
 * Text for a GIFT field: GIFT's special characters ~ = # { } : escaped with a backslash (and the
 * backslash itself), line breaks folded, since a blank line ends a question.
 */
export const giftEscape = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const feedback = (graph: KnowledgeGraph, q: QuestionSpec): string => {
  const quotes = questionEvidence(graph, q).map(
    (e) => `“${e.quote}” (§ ${e.section}${e.refs.length ? `; refs ${e.refs.join(', ')}` : ''})`,
  );
  const source = sourceLine(graph);
  return [...quotes, ...(source ? [`Source: ${source}`] : [])].join(' ');
};

/**
 * Moodle GIFT (plain text most learning platforms import): one multiple-choice question per
 * question, titled by number and kind, with the deciding quotes and the source as general
 * feedback shown after answering.
 */
export const quizGift = (
  graph: KnowledgeGraph,
  questions: readonly QuestionSpec[],
  title?: string,
): string => {
  const head = [`// ${title ?? 'Questions'}: generated from the knowledge graph`];
  const body = questions.map((q, i) => {
    const choices = choicesOf(q.answer, q.distractors, q.prompt).map(
      (c) => `${c === q.answer ? '=' : '~'}${giftEscape(c)}`,
    );
    const fb = feedback(graph, q);
    return [
      `::${giftEscape(`Q${i + 1} ${KIND_LABELS[q.kind]}`)}:: ${giftEscape(q.prompt)} {`,
      ...choices.map((c) => `  ${c}`),
      ...(fb ? [`  ####${giftEscape(fb)}`] : []),
      '}',
    ].join('\n');
  });
  return `${[...head, '', body.join('\n\n')].join('\n')}\n`;
};
