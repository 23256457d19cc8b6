import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface RelationGroup {
  relation: string;
  direction: 'out' | 'in';
  edges: { edge: string; other: string; evidence: number }[];
}

/** An entity's relations grouped by kind and direction, in vocabulary order. */
export const entityRelations = (
  graph: KnowledgeGraph,
  id: string,
  keep?: ReadonlySet<string>,
): RelationGroup[] => {
  const groups = new Map<string, RelationGroup>();
  const add = (edge: string, direction: 'out' | 'in', other: string) => {
    if (keep && !keep.has(edge)) return;
    const a = graph.getEdgeAttributes(edge);
    const key = `${a.relation}:${direction}`;
    const group = groups.get(key) ?? { relation: a.relation, direction, edges: [] };
    group.edges.push({ edge, other, evidence: a.evidence.length });
    groups.set(key, group);
  };
  graph.forEachOutEdge(id, (edge, _a, _s, target) => add(edge, 'out', target));
  graph.forEachInEdge(id, (edge, _a, source) => add(edge, 'in', source));
  const order = new Map(vocabOf(graph).relations.map((r, i) => [r.id, i]));
  return [...groups.values()].sort(
    (a, b) =>
      (order.get(a.relation) ?? order.size) - (order.get(b.relation) ?? order.size) ||
      (a.direction === 'out' ? -1 : 1),
  );
};

/** The distinct reference numbers behind an entity's relations, ascending. */
export const entityRefs = (graph: KnowledgeGraph, id: string): number[] => {
  const refs = new Set<number>();
  graph.forEachEdge(id, (_e, a) => a.evidence.forEach((item) => item.refs.forEach((r) => refs.add(r))));
  return [...refs].sort((a, b) => a - b);
};
