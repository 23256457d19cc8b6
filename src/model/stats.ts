import { ENTITY_TYPE_IDS, type EntityType } from './entityTypes';
import { LEVEL_IDS, SECTION_IDS, type Level, type Section } from './evidence';
import { RELATION_IDS, type Relation } from './relations';
import type { KnowledgeGraph } from './types';

export interface GraphStats {
  entities: Record<EntityType, number>;
  relations: Record<Relation, number>;
  evidence: number;
  byLevel: Record<Level, number>;
  bySection: Record<Section, number>;
  refsCited: number[];
  refsUncited: number[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const graphStats = (graph: KnowledgeGraph): GraphStats => {
  const entities = zeros(ENTITY_TYPE_IDS);
  const relations = zeros(RELATION_IDS);
  const byLevel = zeros(LEVEL_IDS);
  const bySection = zeros(SECTION_IDS);
  const cited = new Set<number>();
  const refs: number[] = [];
  let evidence = 0;
  graph.forEachNode((_id, a) => {
    entities[a.type] += 1;
    if (a.type === 'paper' && a.ref !== undefined) refs.push(a.ref);
  });
  graph.forEachEdge((_k, a) => {
    relations[a.relation] += 1;
    for (const item of a.evidence) {
      evidence += 1;
      byLevel[item.level] += 1;
      bySection[item.section] += 1;
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
