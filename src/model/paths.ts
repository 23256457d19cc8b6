import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { edgeLevel } from './graphQueries';
import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface PathStep {
  from: string;
  to: string;
  /** The graph's edges between the two entities (either direction). */
  edges: string[];
}

export interface FoundPath {
  nodes: string[];
  steps: PathStep[];
  /** Sum over steps of the strongest evidence level's rank: higher is better supported. */
  strength: number;
}

/** Entities linked by any visible relation, ignoring direction and parallel edges. */
const projection = (graph: KnowledgeGraph, edges: ReadonlySet<string>): UndirectedGraph => {
  const simple = new UndirectedGraph();
  for (const key of edges) {
    const [s, t] = graph.extremities(key);
    simple.mergeNode(s);
    simple.mergeNode(t);
    simple.mergeEdge(s, t);
  }
  return simple;
};

const shortest = (g: UndirectedGraph, from: string, to: string): string[] | null =>
  g.hasNode(from) && g.hasNode(to) ? bidirectional(g, from, to) : null;

/**
 * Up to `k` shortest loopless paths between two entities over the visible relations
 * (Yen's algorithm on graphology's bidirectional BFS), ordered by length, then by the
 * strength of their evidence.
 */
export const shortestPaths = (
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  from: string,
  to: string,
  k = 5,
): FoundPath[] => {
  if (from === to) return [];
  const base = projection(graph, edges);
  const first = shortest(base, from, to);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const key = (p: readonly string[]) => p.join('\u0000');
  const known = new Set([key(first)]);
  // Gather a few more than k, so the evidence-strength ordering can choose among equal lengths.
  while (found.length < k * 2) {
    const last = found.at(-1)!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const spurGraph = base.copy();
      for (const p of found) {
        if (p.length > i + 1 && key(p.slice(0, i + 1)) === key(root) && spurGraph.hasEdge(p[i]!, p[i + 1]!)) {
          spurGraph.dropEdge(p[i]!, p[i + 1]!);
        }
      }
      root.slice(0, -1).forEach((n) => spurGraph.dropNode(n));
      const spur = shortest(spurGraph, root.at(-1)!, to);
      if (!spur) continue;
      const candidate = [...root.slice(0, -1), ...spur];
      if (!known.has(key(candidate))) {
        known.add(key(candidate));
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length);
    found.push(candidates.shift()!);
  }
  return found
    .map((nodes) => describe(graph, edges, nodes))
    .sort((a, b) => a.nodes.length - b.nodes.length || b.strength - a.strength)
    .slice(0, k);
};

const describe = (graph: KnowledgeGraph, visible: ReadonlySet<string>, nodes: string[]): FoundPath => {
  const steps: PathStep[] = [];
  let strength = 0;
  for (let i = 0; i < nodes.length - 1; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const between = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].filter((e) => visible.has(e));
    steps.push({ from: a, to: b, edges: between });
    const v = vocabOf(graph);
    strength += Math.max(...between.map((e) => v.rank(edgeLevel(v, graph.getEdgeAttribute(e, 'evidence')))));
  }
  return { nodes, steps, strength };
};
