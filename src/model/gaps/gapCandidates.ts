import { mainFacet } from '../evidenceFacets';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import type { Vocabulary } from '../vocabulary/vocabulary';
import { buildCooccurrence, together, type Cooccurrence } from './cooccurrence';
import type { GapItem } from './gapItems';
import { cellKey, type GapMatrix } from './gapMatrix';

/** One link of a reason: two entities and the items that name both. */
export interface ReasonStep {
  from: string;
  to: string;
  items: GapItem[];
  level?: string;
}

export type GapReason =
  | { kind: 'path'; steps: ReasonStep[]; score: number }
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
  score: number;
  reasons: GapReason[];
}

const step = (v: Vocabulary, index: Cooccurrence, from: string, to: string): ReasonStep | undefined => {
  const items = together(index, from, to);
  if (items.length === 0) return undefined;
  const level = v.strongest(items.map((i) => i.item.level)) ?? v.weakest;
  return { from, to, items, ...(level !== undefined ? { level } : {}) };
};

/** A level's weight from 0 to 1 (the strongest level 1; a dataset without levels weighs every step 1). */
const weight = (v: Vocabulary, level: string | undefined): number =>
  v.levels.length === 0 ? 1 : v.rank(level) / Math.max(...v.levels.map((l) => l.rank));

/** Hubs (immunomodulation, MSCs) explain everything and so explain little: their paths weigh less. */
const hubPenalty = (index: Cooccurrence, id: string): number =>
  Math.sqrt(Math.log2(2 + (index.get(id)?.size ?? 0)));

/** Weakest link's level (0.2 review … 1.0 clinical), less for hubs in the middle and for longer paths. */
const pathScore = (v: Vocabulary, steps: ReasonStep[], index: Cooccurrence): number => {
  const weakest = Math.min(...steps.map((s) => weight(v, s.level)));
  const middle = steps.slice(1).map((s) => hubPenalty(index, s.from));
  return (weakest * 2) / (middle.reduce((a, b) => a * b, 1) * steps.length);
};

/** A candidate needs a mechanistic path or an untried cell/vesicle counterpart; related rows and columns only add support. */
const qualifies = (reasons: GapReason[]): boolean =>
  reasons.some((r) => r.kind === 'path' || (r.kind === 'related-row' && r.relation !== 'sibling'));

/**
 * Empty cells that the graph suggests testing, each with its reasons. These are hypotheses
 * generated from the review's graph, not findings:
 * - a path: the row entity and a factor, mechanism or target cell are named together, and so
 *   are that entity and the column entity (up to two intermediates);
 * - a related column: the row has evidence for a sibling (same broader entity) or for a
 *   disease of the same group;
 * - a related row: a sibling row (same broader entity or family; for therapies, the cell or
 *   vesicle counterpart) has evidence for the column.
 */
export const gapCandidates = (
  graph: KnowledgeGraph,
  matrix: GapMatrix,
  items: readonly GapItem[],
  limit = 30,
): GapCandidate[] => {
  const v = vocabOf(graph);
  const via = new Set(v.schema.gaps?.viaTypes ?? v.drawnTypes.map((t) => t.id));
  const mechanistic = (id: string) => via.has(graph.getNodeAttribute(id, 'type'));
  const rowIds = new Set(matrix.rows.map((r) => r.id));
  const colIds = new Set(matrix.cols.map((c) => c.id));
  const index = buildCooccurrence(items, (id) => rowIds.has(id) || colIds.has(id) || mechanistic(id));
  // Only entities the review says something about can be linked indirectly.
  const active = (ids: Set<string>) => [...ids].filter((id) => (index.get(id)?.size ?? 0) > 0);
  const rows = active(rowIds);
  const cols = active(colIds);
  const out: GapCandidate[] = [];
  for (const row of rows) {
    for (const col of cols) {
      if (row === col || matrix.cells.has(cellKey(row, col))) continue;
      const reasons = [
        ...pathReasons(v, index, row, col, mechanistic),
        ...relatedReasons(v, graph, matrix, index, row, col),
      ];
      if (!qualifies(reasons)) continue;
      reasons.sort((a, b) => b.score - a.score);
      const score = reasons.slice(0, 3).reduce((n, r) => n + r.score, 0);
      out.push({ row, col, score, reasons: reasons.slice(0, 5) });
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
};

const pathReasons = (
  v: Vocabulary,
  index: Cooccurrence,
  row: string,
  col: string,
  mechanistic: (id: string) => boolean,
): GapReason[] => {
  const reasons: GapReason[] = [];
  const firsts = [...(index.get(row)?.keys() ?? [])].filter(mechanistic);
  for (const x of firsts) {
    const a = step(v, index, row, x)!;
    const direct = step(v, index, x, col);
    if (direct) reasons.push({ kind: 'path', steps: [a, direct], score: pathScore(v, [a, direct], index) });
    for (const y of [...(index.get(x)?.keys() ?? [])].filter((y) => y !== row && mechanistic(y))) {
      const last = step(v, index, y, col);
      if (!last || direct) continue;
      const steps = [a, step(v, index, x, y)!, last];
      reasons.push({ kind: 'path', steps, score: pathScore(v, steps, index) });
    }
  }
  return reasons;
};

const relatedReasons = (
  v: Vocabulary,
  graph: KnowledgeGraph,
  matrix: GapMatrix,
  index: Cooccurrence,
  row: string,
  col: string,
): GapReason[] => {
  const reasons: GapReason[] = [];
  const colEntry = matrix.cols.find((c) => c.id === col)!;
  const colBroader = graph.getNodeAttribute(col, 'broader');
  for (const other of matrix.cols) {
    if (other.id === col) continue;
    const sibling = !!colBroader && graph.getNodeAttribute(other.id, 'broader') === colBroader;
    const sameGroup = other.group === colEntry.group && other.group !== 'other';
    if (!sibling && !sameGroup) continue;
    const s = step(v, index, row, other.id);
    if (s)
      reasons.push({
        kind: 'related-column',
        via: other.id,
        relation: sibling ? 'sibling' : 'same group',
        step: s,
        score: (sibling ? 0.4 : 0.2) * weight(v, s.level),
      });
  }
  for (const [other, relation] of relatedRows(graph, matrix, row)) {
    const s = step(v, index, other, col);
    if (s)
      reasons.push({
        kind: 'related-row',
        via: other,
        relation,
        step: s,
        score: (relation === 'sibling' ? 0.3 : 0.8) * weight(v, s.level),
      });
  }
  return reasons;
};

/**
 * Rows related to `row`: same broader entity (siblings), or, for therapies, the cell/vesicle
 * counterpart: one secretes the other (MSCs → MSC exosomes), or both come from the same tissue.
 */
const relatedRows = (graph: KnowledgeGraph, matrix: GapMatrix, row: string): [string, string][] => {
  const a = graph.getNodeAttributes(row);
  const gaps = vocabOf(graph).schema.gaps;
  const facet = mainFacet(graph);
  const viaRelation = (relation: string | undefined) => (x: string, y: string) =>
    !!relation && graph.edges(x, y).some((e) => graph.getEdgeAttribute(e, 'relation') === relation);
  const origin = viaRelation(gaps?.originRelation);
  const sources = (id: string) =>
    graph
      .inNeighbors(id)
      .filter((s) => origin(s, id))
      .sort()
      .join(',');
  const counterpart = viaRelation(gaps?.counterpartRelation);
  const out: [string, string][] = [];
  for (const entry of matrix.rows) {
    if (entry.id === row) continue;
    const b = graph.getNodeAttributes(entry.id);
    if (a.broader && b.broader === a.broader) out.push([entry.id, 'sibling']);
    else if (facet && a.type === facet.type && a.group && b.group && a.group !== b.group) {
      const sameTissue = sources(row) !== '' && sources(row) === sources(entry.id);
      if (sameTissue || counterpart(row, entry.id) || counterpart(entry.id, row)) {
        const value = facet.values.find((x) => x.id === b.group);
        out.push([entry.id, value?.counterpart ?? `the ${value?.label ?? b.group} counterpart`]);
      }
    }
  }
  return out;
};
