import { edgeLevel } from '../graphQueries';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { pairKey, type PathIndex } from './pathIndex';

/**
 * How a step of a path moves: `along` a relation's direction (or an undirected relation);
 * `against` it (only relations from the next entity to this one); or by a `mention`: no relation
 * links the two, but a statement names them together.
 */
export type StepKind = 'along' | 'against' | 'mention';

export interface PathStep {
  from: string;
  to: string;
  kind: StepKind;
  /** The visible relations between the two (either direction); for a mention, the relations whose statements name both. */
  edges: string[];
  /** The strongest level among those edges' evidence (undefined without levels). */
  level?: string;
}

export interface FoundPath {
  nodes: string[];
  steps: PathStep[];
  /** Sum over steps of the strongest evidence level's rank: higher is better supported. */
  strength: number;
  /** Steps that do not follow a relation's direction (against it, or by a shared mention). */
  breaks: number;
  mentions: number;
  /** The weakest step's level: a chain is only as strong as its weakest link. */
  weakest?: string;
  /** Entities on the way (not the ends) with many relations, most connected first. */
  hubs: { id: string; relations: number }[];
}

/** What a path of node ids is: its steps with their kind, relations and levels; its breaks and hubs. */
export const describePath = (
  graph: KnowledgeGraph,
  visible: ReadonlySet<string>,
  index: PathIndex,
  nodes: readonly string[],
): FoundPath => {
  const v = vocabOf(graph);
  const steps: PathStep[] = [];
  let strength = 0;
  let weakestRank = Infinity;
  let weakest: string | undefined;
  for (let i = 0; i < nodes.length - 1; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const between = [...new Set([...graph.edges(from, to), ...graph.edges(to, from)])].filter((e) =>
      visible.has(e),
    );
    const along = between.filter(
      (e) =>
        graph.source(e) === from || v.relation(graph.getEdgeAttribute(e, 'relation'))?.directed === false,
    );
    const kind: StepKind = between.length === 0 ? 'mention' : along.length > 0 ? 'along' : 'against';
    const edges =
      kind === 'mention'
        ? (index.mentionEdges.get(pairKey(index, index.index.get(from)!, index.index.get(to)!)) ?? [])
        : [...along, ...between.filter((e) => !along.includes(e))];
    const level = v.strongest(edges.map((e) => edgeLevel(v, graph.getEdgeAttribute(e, 'evidence'))));
    steps.push({ from, to, kind, edges, ...(level !== undefined ? { level } : {}) });
    strength += v.rank(level);
    if (level !== undefined && v.rank(level) < weakestRank) {
      weakestRank = v.rank(level);
      weakest = level;
    }
  }
  const hubs = nodes
    .slice(1, -1)
    .map((id) => ({ id, relations: index.degree[index.index.get(id)!] ?? 0 }))
    .filter((h) => h.relations >= index.hubThreshold)
    .sort((a, b) => b.relations - a.relations);
  return {
    nodes: [...nodes],
    steps,
    strength,
    breaks: steps.filter((s) => s.kind !== 'along').length,
    mentions: steps.filter((s) => s.kind === 'mention').length,
    ...(weakest !== undefined ? { weakest } : {}),
    hubs,
  };
};
