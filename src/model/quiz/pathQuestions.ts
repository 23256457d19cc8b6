import type { KnowledgeGraph } from '../types';
import { labelOf, linked } from './labels';
import { shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

/** "A – M – B": a chain of entities, each linked to the next (in either direction). */
export const chainText = (graph: KnowledgeGraph, ids: readonly string[]): string =>
  ids.map((id) => labelOf(graph, id)).join(' – ');

/** Whether consecutive entities of a chain are all linked in the graph (a path, any direction). */
export const isPath = (graph: KnowledgeGraph, ids: readonly string[]): boolean =>
  ids.length >= 2 &&
  ids.every((id) => graph.hasNode(id)) &&
  ids.slice(1).every((id, i) => linked(graph, ids[i]!, id));

/** An edge joining two linked entities (either direction). */
export const edgeBetween = (graph: KnowledgeGraph, a: string, b: string): string =>
  (graph.edges(a, b)[0] ?? graph.edges(b, a)[0])!;

/**
 * "Find a path from A to B" for two entities the graph does not link directly but joins through
 * one entity M. The answer is the chain A – M – B; each distractor replaces M with an entity
 * that is not linked to both ends, so its chain is broken.
 */
export const pathQuestion = (
  graph: KnowledgeGraph,
  a: string,
  b: string,
  seed = `${a}|${b}`,
): QuestionSpec | undefined => {
  if (a === b || linked(graph, a, b)) return undefined;
  const middles = graph.neighbors(a).filter((m) => m !== b && linked(graph, m, b));
  if (middles.length === 0) return undefined;
  // The least connected middle makes the most telling answer (hubs join everything).
  const m = [...middles].sort((x, y) => graph.degree(x) - graph.degree(y) || (x < y ? -1 : 1))[0]!;
  const broken = [...new Set([...graph.neighbors(a), ...graph.neighbors(b)])].filter(
    (d) => d !== a && d !== b && !(linked(graph, a, d) && linked(graph, d, b)),
  );
  const distractors = shuffled(broken, seed, (d) => d)
    .slice(0, 3)
    .map((d) => chainText(graph, [a, d, b]));
  if (distractors.length === 0) return undefined;
  return {
    kind: 'path',
    prompt: `Find a path from ${labelOf(graph, a)} to ${labelOf(graph, b)}: which chain of links joins them in the graph?`,
    answer: chainText(graph, [a, m, b]),
    distractors,
    edges: [edgeBetween(graph, a, m), edgeBetween(graph, m, b)],
    path: [a, b],
  };
};

/** Path questions between pairs of the given entities (or of all entities), each pair once. */
export const pathQuestions = (
  graph: KnowledgeGraph,
  entities?: readonly string[],
  limit = 40,
): QuestionSpec[] => {
  const pool = entities ? entities.filter((id) => graph.hasNode(id)) : graph.nodes();
  const allowed = entities ? new Set(pool) : undefined;
  const out: QuestionSpec[] = [];
  const seen = new Set<string>();
  for (const a of shuffled(pool, 'path', (x) => x)) {
    for (const m of graph.neighbors(a))
      for (const b of graph.neighbors(m)) {
        if (out.length >= limit) return out;
        if ((allowed && !allowed.has(b)) || b === a) continue;
        const key = [a, b].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const q = pathQuestion(graph, a, b);
        if (q) out.push(q);
      }
  }
  return out;
};
