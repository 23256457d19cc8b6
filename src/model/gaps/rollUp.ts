import { broaderChain } from '../graphQueries';
import type { KnowledgeGraph } from '../types';

/**
 * The entities a statement counts for: those it names, each with its broader entities and, for a
 * preparation, the tissue it comes from (the schema's origin relation), followed to a fixed point,
 * so that the tissue's own broader entities count too (Wharton's-jelly MSCs → Wharton's jelly →
 * umbilical cord) and a broader preparation's tissue as well.
 */
export const rollUp = (
  graph: KnowledgeGraph,
  named: Iterable<string>,
  origin: string | undefined,
): Set<string> => {
  const out = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (out.has(id) || !graph.hasNode(id)) continue;
    for (const x of broaderChain(graph, id)) {
      if (out.has(x)) continue;
      out.add(x);
      if (!origin) continue;
      graph.forEachInEdge(x, (_e, a, source) => {
        if (a.relation === origin && !out.has(source)) queue.push(source);
      });
    }
  }
  return out;
};
