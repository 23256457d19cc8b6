import { defaultGapAxes } from '../gaps/gapAxes';
import { gapCandidates, type GapCandidate } from '../gaps/gapCandidates';
import { collectGapItems, type GapItem } from '../gaps/gapItems';
import { cellKey, gapMatrix, type GapMatrix } from '../gaps/gapMatrix';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { labelOf } from './labels';
import { interleave, shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

export const GAP_YES = 'Yes: no statement of the review names both';
export const GAP_NO = 'No: the review has statements naming both';

const maps = new WeakMap<KnowledgeGraph, { matrix: GapMatrix; items: GapItem[] }>();

/** The gap map of the dataset's default pairing, over all evidence (what `kg gaps` prints); once per graph. */
export const defaultGapMap = (graph: KnowledgeGraph): { matrix: GapMatrix; items: GapItem[] } => {
  let map = maps.get(graph);
  if (!map) {
    const [rows, cols] = defaultGapAxes(vocabOf(graph));
    const items = collectGapItems(graph);
    maps.set(graph, (map = { matrix: gapMatrix(graph, items, { rows, cols }), items }));
  }
  return map;
};

const firstEdges = (items: readonly GapItem[], n: number): string[] =>
  [...new Set(items.flatMap((i) => i.edges.slice(0, 1))).values()].slice(0, n);

const candidateCache = new WeakMap<KnowledgeGraph, GapCandidate[]>();

/** The map's candidate gaps (costly: computed once per graph). */
const candidatesOf = (graph: KnowledgeGraph): GapCandidate[] => {
  let list = candidateCache.get(graph);
  if (!list) {
    const { matrix, items } = defaultGapMap(graph);
    candidateCache.set(graph, (list = gapCandidates(graph, matrix, items, 200)));
  }
  return list;
};

/** "Is R × C a gap?" for one cell of the map: Yes when no evidence item names both. */
export const gapQuestion = (
  graph: KnowledgeGraph,
  map: { matrix: GapMatrix; items: GapItem[] },
  row: string,
  col: string,
  chain: readonly GapItem[] = [],
): QuestionSpec => {
  const cell = map.matrix.cells.get(cellKey(row, col));
  const v = vocabOf(graph);
  return {
    kind: 'gap',
    prompt: `On the gap map (${v.typeLabel(map.matrix.rowType)} × ${v.typeLabel(map.matrix.colType)}), is ${labelOf(graph, row)} × ${labelOf(graph, col)} a gap?`,
    answer: cell ? GAP_NO : GAP_YES,
    distractors: [cell ? GAP_YES : GAP_NO],
    edges: cell ? firstEdges(cell.items, 4) : firstEdges(chain, 4),
    cell: [row, col],
  };
};

/**
 * Gap questions: candidate gaps (empty cells the graph links indirectly, so they look filled)
 * alternating with thinly filled cells (so they look empty), or the cells among `entities`.
 */
export const gapQuestions = (
  graph: KnowledgeGraph,
  entities?: readonly string[],
  limit = 20,
): QuestionSpec[] => {
  const map = defaultGapMap(graph);
  const { matrix } = map;
  const candidates = candidatesOf(graph);
  const chainOf = (row: string, col: string) => {
    const reason = candidates.find((c) => c.row === row && c.col === col)?.reasons[0];
    if (!reason) return [];
    return reason.kind === 'path' ? reason.steps.flatMap((s) => s.items) : reason.step.items;
  };
  if (entities) {
    const ids = new Set(entities);
    const rows = matrix.rows.filter((r) => ids.has(r.id));
    const cols = matrix.cols.filter((c) => ids.has(c.id));
    const cells = rows.flatMap((r) => cols.map((c) => [r.id, c.id] as const));
    // Only cells something decides: filled ones (their statements) and candidate gaps (the chain
    // that makes them look filled); a cell nothing links says nothing a quote could show.
    return shuffled(cells, 'gap', (c) => c.join('|'))
      .filter(([r, c]) => matrix.cells.has(cellKey(r, c)) || chainOf(r, c).length > 0)
      .slice(0, limit)
      .map(([r, c]) => gapQuestion(graph, map, r, c, chainOf(r, c)));
  }
  const empty = candidates.map((c) => gapQuestion(graph, map, c.row, c.col, chainOf(c.row, c.col)));
  const thin = shuffled(
    [...matrix.cells.values()].filter((c) => c.count === 1),
    'gap',
    (c) => cellKey(c.row, c.col),
  ).map((c) => gapQuestion(graph, map, c.row, c.col));
  return interleave([empty, thin], limit);
};
