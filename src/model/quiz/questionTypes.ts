/**
 * Questions generated from the graph, or written by a lecturer in a story step. A question is
 * plain text (prompt, answer, distractors) plus what it is about (edges, a path's ends, a gap-map
 * cell), so that the deciding quotes are looked up in the graph when shown, never copied.
 */
export const QUESTION_KINDS = ['mediator', 'strongest-level', 'path', 'gap', 'hidden-link'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const KIND_LABELS: Record<QuestionKind, string> = {
  mediator: 'Which entity mediates a link',
  'strongest-level': 'Strongest evidence level',
  path: 'Find a path',
  gap: 'Is this a gap?',
  'hidden-link': 'Predict the hidden link',
};

export interface QuestionSpec {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  /** Wrong answers, each wrong according to the graph. */
  distractors: string[];
  /** The relations whose evidence decides the question. */
  edges: string[];
  /** For a path question: its two ends. */
  path?: [string, string];
  /** For a gap question: the gap map's row and column entity. */
  cell?: [string, string];
}

/** One quote that decides a question, with the relation it supports and its references. */
export interface QuestionEvidence {
  edge: string;
  quote: string;
  refs: number[];
  section: string;
  level?: string;
}

/** The command line's and the app's JSON form of a question. */
export interface QuestionJson {
  kind: QuestionKind;
  question: string;
  answer: string;
  distractors: string[];
  evidence: { edge: string; quote: string; refs: number[] }[];
}
