import { cellKey } from '../gaps/gapMatrix';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { defaultGapMap } from './gapQuestions';
import type { QuestionEvidence, QuestionSpec } from './questionTypes';

const MAX_QUOTES = 4;

/**
 * The quotes that decide a question, looked up in the graph: for a level question the items at
 * the answer's level; for a filled gap-map cell the items naming both row and column; otherwise
 * the first item of each relation the question is about.
 */
export const questionEvidence = (graph: KnowledgeGraph, q: QuestionSpec): QuestionEvidence[] => {
  const v = vocabOf(graph);
  const out: QuestionEvidence[] = [];
  const add = (edge: string, item: { quote: string; refs: number[]; section: string; level?: string }) => {
    if (out.length >= MAX_QUOTES || out.some((e) => e.quote === item.quote)) return;
    out.push({
      edge,
      quote: item.quote,
      refs: item.refs,
      section: item.section,
      ...(item.level ? { level: item.level } : {}),
    });
  };
  const edges = q.edges.filter((e) => graph.hasEdge(e));
  if (q.kind === 'gap' && q.cell) {
    const cell = defaultGapMap(graph).matrix.cells.get(cellKey(q.cell[0], q.cell[1]));
    for (const item of cell?.items ?? []) add(item.edges[0]!, item.item);
    if (cell) return out;
  }
  for (const edge of edges) {
    const evidence = graph.getEdgeAttribute(edge, 'evidence');
    const strongest = v.strongest(evidence.map((i) => i.level));
    const items =
      q.kind === 'strongest-level' ? evidence.filter((i) => i.level === strongest) : evidence.slice(0, 1);
    for (const item of items) add(edge, item);
  }
  return out;
};
