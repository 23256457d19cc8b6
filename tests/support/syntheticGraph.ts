import Graph from 'graphology';
import type { EvidenceItem, KnowledgeGraph } from '../../src/model/types';
import type { DatasetSchema } from '../../src/model/vocabulary/datasetSchema';

export interface SyntheticOptions {
  /** Entities (besides none: no references are made). */
  nodes: number;
  /** Relations per entity on average (default 2). */
  edgesPerNode?: number;
  /** The same seed gives the same graph (default 1). */
  seed?: number;
  /** The vocabulary to draw types, relations, levels, sections and certainty from. */
  schema: DatasetSchema;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const CERTAINTY_WEIGHTS = [0.8, 0.1, 0.08, 0.02];

/**
 * A seeded synthetic knowledge graph for measurements: entities of the schema's drawn types,
 * relations allowed by the schema between them with preferential attachment (so a few hubs
 * emerge, as in the review), 1–3 evidence items each with a level, section, certainty and
 * sometimes a further entity named (`involves`). Pure: the same options give the same graph.
 */
export const syntheticGraph = ({
  nodes,
  edgesPerNode = 2,
  seed = 1,
  schema,
}: SyntheticOptions): KnowledgeGraph => {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const g: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({
    title: 'Synthetic',
    citation: 'Synthetic graph',
    doi: '10.0/synthetic',
    groups: {},
    schema,
  });
  const types = schema.types.filter((t) => t.role !== 'reference').map((t) => t.id);
  const byType = new Map<string, string[]>(types.map((t) => [t, []]));
  for (let i = 0; i < nodes; i++) {
    const type = types[i % types.length]!;
    const id = `${type}/n${i}`;
    g.addNode(id, {
      type,
      label: `${type.replace(/_/g, ' ')} ${i}`,
      aliases: [`S${i}`],
      description: '',
      warnings: [],
    });
    byType.get(type)!.push(id);
  }
  // Preferential attachment: an entity is drawn as often as it has relations, plus once.
  const pools = new Map([...byType].map(([t, ids]) => [t, [...ids]]));
  const relations = schema.relations.filter(
    (r) => r.from.some((t) => byType.get(t)?.length) && r.to.some((t) => byType.get(t)?.length),
  );
  const levels = schema.levels.map((l) => l.id);
  const certainty = schema.certainty.map((c) => c.id);
  const sections = schema.sections.map((s) => s.id);
  const weighted = (weights: readonly number[]) => {
    let r = random();
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  const target = Math.round(nodes * edgesPerNode);
  for (let tries = 0; g.size < target && tries < target * 4; tries++) {
    const relation = pick(relations);
    const from = pick(pools.get(pick(relation.from.filter((t) => byType.get(t)?.length)))!);
    const to = pick(pools.get(pick(relation.to.filter((t) => byType.get(t)?.length)))!);
    const key = `${from}--${relation.id}--${to}`;
    if (from === to || g.hasEdge(key)) continue;
    const evidence: EvidenceItem[] = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
      quote: `Synthetic statement ${g.size}.${i}`,
      section: sections.length > 0 ? pick(sections) : 'synthetic',
      refs: [],
      ...(levels.length > 0 ? { level: pick(levels) } : {}),
      ...(certainty.length > 0
        ? { certainty: certainty[Math.min(weighted(CERTAINTY_WEIGHTS), certainty.length - 1)]! }
        : {}),
      ...(random() < 0.3 ? { involves: [pick(pick([...pools.values()]))] } : {}),
    }));
    g.addDirectedEdgeWithKey(key, from, to, { relation: relation.id, evidence });
    pools.get(g.getNodeAttribute(from, 'type'))!.push(from);
    pools.get(g.getNodeAttribute(to, 'type'))!.push(to);
  }
  return g;
};
