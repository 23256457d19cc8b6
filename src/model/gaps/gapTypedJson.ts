import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { candidateAt, candidateContext, type GapReason } from './gapCandidates';
import type { GapItem } from './gapItems';
import { cellKey, type GapMatrix } from './gapMatrix';
import { cellTyping } from './gapType';
import { explainReason } from './scoreExplanation';

/** A reason as plain JSON: its kind, score, how the score comes about, and each step with its references. */
export const reasonJson = (graph: KnowledgeGraph, reason: GapReason) => {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const steps = reason.kind === 'path' ? reason.steps : [reason.step];
  return {
    kind: reason.kind,
    score: Number(reason.score.toFixed(4)),
    explanation: explainReason(vocabOf(graph), reason, label),
    ...(reason.kind !== 'path' ? { via: reason.via, relation: reason.relation } : {}),
    steps: steps.map((s) => ({
      from: s.from,
      to: s.to,
      level: s.level ?? null,
      statements: s.items.length,
      refs: [...new Set(s.items.flatMap((i) => i.item.refs))].sort((a, b) => a - b),
    })),
  };
};

/**
 * `kg gaps --format json`: the documented contract (`rows`, `cols`, `cells` with `row`, `col`,
 * `count`, `level`, `refs`), each cell with its `gap_type`, its distinct `references` and the notes
 * its outcomes give; with `empty`, every empty cell too (`absolute`), with its candidate reasons.
 */
export const typedGapJson = (
  graph: KnowledgeGraph,
  m: GapMatrix,
  items: readonly GapItem[],
  options: { empty?: boolean } = {},
) => {
  const v = vocabOf(graph);
  const ctx = options.empty ? candidateContext(graph, m, items) : undefined;
  const cells: Record<string, unknown>[] = [];
  for (const r of m.rows)
    for (const c of m.cols) {
      const cell = m.cells.get(cellKey(r.id, c.id));
      if (cell) {
        const t = cellTyping(cell, v);
        cells.push({
          row: cell.row,
          col: cell.col,
          count: cell.count,
          level: cell.level,
          refs: cell.refs,
          gap_type: t.type,
          references: t.references,
          notes: t.notes,
        });
      } else if (ctx && r.id !== c.id) {
        const candidate = candidateAt(ctx, r.id, c.id);
        cells.push({
          row: r.id,
          col: c.id,
          count: 0,
          refs: [],
          gap_type: 'absolute',
          references: 0,
          candidate: candidate
            ? {
                score: Number(candidate.score.toFixed(4)),
                reasons: candidate.reasons.map((x) => reasonJson(graph, x)),
              }
            : null,
        });
      }
    }
  return {
    rows: m.rows.map(({ id, label }) => ({ id, label })),
    cols: m.cols.map(({ id, label }) => ({ id, label })),
    cells,
  };
};
