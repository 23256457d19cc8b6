import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import type { Vocabulary } from '../vocabulary/vocabulary';
import { buildCooccurrence, together, type Cooccurrence } from './cooccurrence';
import type { GapItem } from './gapItems';
import { cellKey, type GapMatrix } from './gapMatrix';
import { relatedColumnsOf, relatedRowsOf } from './relatedLines';

/** One link of a reason: two entities and the items that name both. */
export interface ReasonStep {
  from: string;
  to: string;
  items: GapItem[];
  level?: string;
}

/** How a path's score comes about: 2 × the weakest step's weight ÷ (the hubs' penalties × the steps). */
export interface PathScoreParts {
  weakest: number;
  weakestLevel?: string;
  hubs: { id: string; penalty: number }[];
  steps: number;
}

export type GapReason =
  | { kind: 'path'; steps: ReasonStep[]; score: number; parts: PathScoreParts }
  | {
      kind: 'related-column';
      via: string;
      relation: 'sibling' | 'same group';
      step: ReasonStep;
      score: number;
    }
  | { kind: 'related-row'; via: string; relation: string; step: ReasonStep; score: number };

export interface GapCandidate {
  row: string;
  col: string;
  /** The sum of the three best reasons' scores. */
  score: number;
  reasons: GapReason[];
}

/** What every cell's candidate needs, computed once per matrix. */
export interface CandidateContext {
  graph: KnowledgeGraph;
  v: Vocabulary;
  matrix: GapMatrix;
  index: Cooccurrence;
  mechanistic: (id: string) => boolean;
  relatedCols: Map<string, { id: string; relation: 'sibling' | 'same group' }[]>;
  relatedRows: Map<string, [string, string][]>;
  /** Rows and columns the review says something about (only they can be linked indirectly). */
  activeRows: string[];
  activeCols: string[];
}

const step = (v: Vocabulary, index: Cooccurrence, from: string, to: string): ReasonStep | undefined => {
  const items = together(index, from, to);
  if (items.length === 0) return undefined;
  const level = v.strongest(items.map((i) => i.item.level)) ?? v.weakest;
  return { from, to, items, ...(level !== undefined ? { level } : {}) };
};

/** A level's weight from 0 to 1 (the strongest level 1; a dataset without levels weighs every step 1). */
export const levelWeight = (v: Vocabulary, level: string | undefined): number =>
  v.levels.length === 0 ? 1 : v.rank(level) / Math.max(...v.levels.map((l) => l.rank));

/** Hubs (immunomodulation, MSCs) explain everything and so explain little: their paths weigh less. */
const hubPenalty = (index: Cooccurrence, id: string): number =>
  Math.sqrt(Math.log2(2 + (index.get(id)?.size ?? 0)));

/** Weakest link's level (0.2 review … 1.0 clinical), less for hubs in the middle and for longer paths. */
const pathScore = (
  v: Vocabulary,
  steps: ReasonStep[],
  index: Cooccurrence,
): { score: number; parts: PathScoreParts } => {
  const weights = steps.map((s) => levelWeight(v, s.level));
  const weakest = Math.min(...weights);
  const weakestLevel = steps[weights.indexOf(weakest)]?.level;
  const hubs = steps.slice(1).map((s) => ({ id: s.from, penalty: hubPenalty(index, s.from) }));
  const score = (weakest * 2) / (hubs.reduce((a, h) => a * h.penalty, 1) * steps.length);
  return { score, parts: { weakest, ...(weakestLevel ? { weakestLevel } : {}), hubs, steps: steps.length } };
};

/** A candidate needs a mechanistic path or an untried cell/vesicle counterpart; related rows and columns only add support. */
const qualifies = (reasons: GapReason[]): boolean =>
  reasons.some((r) => r.kind === 'path' || (r.kind === 'related-row' && r.relation !== 'sibling'));

export const candidateContext = (
  graph: KnowledgeGraph,
  matrix: GapMatrix,
  items: readonly GapItem[],
): CandidateContext => {
  const v = vocabOf(graph);
  const via = new Set(v.schema.gaps?.viaTypes ?? v.drawnTypes.map((t) => t.id));
  const mechanistic = (id: string) => via.has(graph.getNodeAttribute(id, 'type'));
  const rowIds = new Set(matrix.rows.map((r) => r.id));
  const colIds = new Set(matrix.cols.map((c) => c.id));
  const index = buildCooccurrence(items, (id) => rowIds.has(id) || colIds.has(id) || mechanistic(id));
  const active = (ids: Set<string>) => [...ids].filter((id) => (index.get(id)?.size ?? 0) > 0);
  return {
    graph,
    v,
    matrix,
    index,
    mechanistic,
    relatedCols: relatedColumnsOf(graph, matrix),
    relatedRows: relatedRowsOf(graph, matrix),
    activeRows: active(rowIds),
    activeCols: active(colIds),
  };
};

/**
 * The candidate of one empty cell, or undefined. A hypothesis generated from the review's graph,
 * not a finding:
 * - a path: the row entity and a factor, mechanism or target cell are named together, and so
 *   are that entity and the column entity (up to two intermediates);
 * - a related column: the row has evidence for a sibling (same broader entity) or for a
 *   disease of the same group;
 * - a related row: a sibling row (same broader entity or family; for therapies, the cell or
 *   vesicle counterpart) has evidence for the column.
 */
export const candidateAt = (ctx: CandidateContext, row: string, col: string): GapCandidate | undefined => {
  if (row === col || ctx.matrix.cells.has(cellKey(row, col))) return undefined;
  if (!ctx.index.has(row) || !ctx.index.has(col)) return undefined;
  const reasons = [...pathReasons(ctx, row, col), ...relatedReasons(ctx, row, col)];
  if (!qualifies(reasons)) return undefined;
  reasons.sort((a, b) => b.score - a.score);
  const score = reasons.slice(0, 3).reduce((n, r) => n + r.score, 0);
  return { row, col, score, reasons: reasons.slice(0, 5) };
};

/** Every candidate of the matrix, best first (the side panel's list; the app computes it in slices). */
export const gapCandidates = (
  graph: KnowledgeGraph,
  matrix: GapMatrix,
  items: readonly GapItem[],
  limit = 30,
): GapCandidate[] => {
  const ctx = candidateContext(graph, matrix, items);
  const out: GapCandidate[] = [];
  for (const row of ctx.activeRows)
    for (const col of ctx.activeCols) {
      const c = candidateAt(ctx, row, col);
      if (c) out.push(c);
    }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
};

const pathReasons = (ctx: CandidateContext, row: string, col: string): GapReason[] => {
  const { v, index, mechanistic } = ctx;
  const reasons: GapReason[] = [];
  const firsts = [...(index.get(row)?.keys() ?? [])].filter(mechanistic);
  const lasts = [...(index.get(col)?.keys() ?? [])].filter(mechanistic);
  for (const x of firsts) {
    const a = step(v, index, row, x)!;
    const direct = step(v, index, x, col);
    if (direct) {
      reasons.push({ kind: 'path', steps: [a, direct], ...pathScore(v, [a, direct], index) });
      continue;
    }
    // Through a second entity named with the column (the smaller set to walk than x's links).
    const fromX = index.get(x)!;
    for (const y of lasts) {
      if (y === row || y === x || !fromX.has(y)) continue;
      const last = step(v, index, y, col)!;
      const steps = [a, step(v, index, x, y)!, last];
      reasons.push({ kind: 'path', steps, ...pathScore(v, steps, index) });
    }
  }
  return reasons;
};

const relatedReasons = (ctx: CandidateContext, row: string, col: string): GapReason[] => {
  const { v, index } = ctx;
  const reasons: GapReason[] = [];
  for (const { id, relation } of ctx.relatedCols.get(col) ?? []) {
    const s = step(v, index, row, id);
    if (s)
      reasons.push({
        kind: 'related-column',
        via: id,
        relation,
        step: s,
        score: (relation === 'sibling' ? 0.4 : 0.2) * levelWeight(v, s.level),
      });
  }
  for (const [other, relation] of ctx.relatedRows.get(row) ?? []) {
    const s = step(v, index, other, col);
    if (s)
      reasons.push({
        kind: 'related-row',
        via: other,
        relation,
        step: s,
        score: (relation === 'sibling' ? 0.3 : 0.8) * levelWeight(v, s.level),
      });
  }
  return reasons;
};
