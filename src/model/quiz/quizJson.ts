import type { KnowledgeGraph } from '../types';
import { questionEvidence } from './questionEvidence';
import type { QuestionJson, QuestionSpec } from './questionTypes';

/** The public JSON form (`kg quiz --format json`): each question with the quotes that decide it. */
export const quizJson = (graph: KnowledgeGraph, questions: readonly QuestionSpec[]): QuestionJson[] =>
  questions.map((q) => ({
    kind: q.kind,
    question: q.prompt,
    answer: q.answer,
    distractors: [...q.distractors],
    evidence: questionEvidence(graph, q).map(({ edge, quote, refs }) => ({ edge, quote, refs })),
  }));
