import type { StoryStep } from '../storySchema';
import type { KnowledgeGraph } from '../types';

/** Caption text without markup, with each linked id kept (a link to the answer names it too). */
const plain = (text: string): string =>
  text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names `name` as a whole word. Short or capitalised abbreviations (NO, MI, EP4)
 * must match their case, so that ordinary words ("no") do not count; longer names match in any case.
 */
export const names = (text: string, name: string): boolean => {
  const n = name.trim();
  if (n.length === 0) return false;
  const strict = n.length <= 3 || /^[^a-z]*$/.test(n);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, strict ? 'u' : 'iu').test(
    text,
  );
};

/**
 * A quiz step must not give its answer away: its title and caption never name the concealed
 * relation's target (label, aliases, or a link to it), nor a question step's answer.
 */
export const quizLeaks = (graph: KnowledgeGraph, step: StoryStep): { path: string[]; message: string }[] => {
  const out: { path: string[]; message: string }[] = [];
  const fields = [
    ['title', step.title],
    ['caption', plain(step.caption)],
  ] as const;
  const hide = step.quiz?.hide;
  if (hide && graph.hasEdge(hide)) {
    const target = graph.target(hide);
    const a = graph.getNodeAttributes(target);
    for (const [field, text] of fields) {
      const hit =
        [a.label, ...a.aliases].find((n) => names(text, n)) ??
        (text.includes(`(${target})`) ? target : undefined);
      if (hit)
        out.push({
          path: [field],
          message: `the ${field} names the hidden answer (“${hit}”, the target of ${hide})`,
        });
    }
  }
  const answer = step.question?.answer;
  if (answer)
    for (const [field, text] of fields)
      if (names(text, answer))
        out.push({ path: [field], message: `the ${field} gives away the question's answer “${answer}”` });
  return out;
};
