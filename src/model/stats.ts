import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface GraphStats {
  /** Per type, in the schema's order (every type listed, zeros included). */
  entities: Record<string, number>;
  relations: Record<string, number>;
  evidence: number;
  byLevel: Record<string, number>;
  bySection: Record<string, number>;
  refsCited: number[];
  refsUncited: number[];
}

const zeros = (keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((k) => [k, 0]));

export const graphStats = (graph: KnowledgeGraph): GraphStats => {
  const v = vocabOf(graph);
  const entities = zeros(v.types.map((t) => t.id));
  const relations = zeros(v.relations.map((r) => r.id));
  const byLevel = zeros(v.levels.map((l) => l.id));
  const bySection = zeros(v.sections.map((s) => s.id));
  const cited = new Set<number>();
  const refs: number[] = [];
  let evidence = 0;
  graph.forEachNode((_id, a) => {
    entities[a.type] = (entities[a.type] ?? 0) + 1;
    if (a.type === v.referenceType && a.ref !== undefined) refs.push(a.ref);
  });
  graph.forEachEdge((_k, a) => {
    relations[a.relation] = (relations[a.relation] ?? 0) + 1;
    for (const item of a.evidence) {
      evidence += 1;
      if (item.level !== undefined) byLevel[item.level] = (byLevel[item.level] ?? 0) + 1;
      bySection[item.section] = (bySection[item.section] ?? 0) + 1;
      item.refs.forEach((r) => cited.add(r));
    }
  });
  refs.sort((a, b) => a - b);
  return {
    entities,
    relations,
    evidence,
    byLevel,
    bySection,
    refsCited: refs.filter((r) => cited.has(r)),
    refsUncited: refs.filter((r) => !cited.has(r)),
  };
};
