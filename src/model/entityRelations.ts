import { RELATION_IDS, type Relation } from './relations';
import type { KnowledgeGraph } from './types';

export interface RelationGroup {
  relation: Relation;
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
  return [...groups.values()].sort(
    (a, b) =>
      RELATION_IDS.indexOf(a.relation) - RELATION_IDS.indexOf(b.relation) || (a.direction === 'out' ? -1 : 1),
  );
};

/** The distinct reference numbers behind an entity's relations, ascending. */
export const entityRefs = (graph: KnowledgeGraph, id: string): number[] => {
  const refs = new Set<number>();
  graph.forEachEdge(id, (_e, a) => a.evidence.forEach((item) => item.refs.forEach((r) => refs.add(r))));
  return [...refs].sort((a, b) => a - b);
};
