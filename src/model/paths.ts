import { describePath, type FoundPath } from './pathSearch/describePath';
import { kShortest, MaskedSearch } from './pathSearch/kShortest';
import { buildPathIndex, type Adjacency, type IndexOptions, type PathIndex } from './pathSearch/pathIndex';
import { rankPaths, type PathDirection } from './pathSearch/rankPaths';
import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export type { FoundPath, PathStep, StepKind } from './pathSearch/describePath';
export type { PathDirection } from './pathSearch/rankPaths';

export interface PathOptions extends IndexOptions {
  /** `follow` (default): chains of claims first; `any`: the shortest connections in either direction. */
  direction?: PathDirection;
  /** How many paths to return (default 5). */
  k?: number;
  /** The longest path considered, in steps (default 8). */
  maxSteps?: number;
  /** Whether entities named together in a statement may be a step when relations run out (default true). */
  mentions?: boolean;
}

/** The kinds of link searched, in the order a search widens. */
export type Tier = 'along' | 'relations' | 'mentions';

export interface PathResult {
  paths: FoundPath[];
  /** The kinds of link the search went through. */
  searched: Tier[];
  /** True when the time budget ran out before the search finished: `paths` is what it had found. */
  truncated: boolean;
  elapsedMs: number;
}

const tiersFor = (o: PathOptions): Tier[] => [
  ...(o.direction === 'any' ? [] : (['along'] as const)),
  'relations',
  ...(o.mentions === false ? [] : (['mentions'] as const)),
];

/** The last index per visible edge set, reused while the entities and item filter are the same objects. */
const indexCache = new WeakMap<ReadonlySet<string>, { options: IndexOptions; index: PathIndex }>();

/**
 * A path search that runs in slices: `step(ms)` works for about `ms` and says whether it is done;
 * `result()` gives the paths found so far, ranked. Widening tiers: the chains that follow every
 * relation's direction (unless `direction: 'any'`), then relations either way, then shared
 * mentions, each only while fewer than k paths are found. Each tier gathers up to 2k candidates by
 * Yen's algorithm over bidirectional BFS with masks, so the graph is never copied.
 */
export const createPathSearch = (
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  from: string,
  to: string,
  options: PathOptions = {},
) => {
  const k = options.k ?? 5;
  const maxSteps = options.maxSteps ?? 8;
  const started = performance.now();
  const found = new Map<string, string[]>();
  const searched: Tier[] = [];
  let index: PathIndex | undefined;
  let done = from === to;
  let stopped = false;

  function* run(): Generator<void, void> {
    const cached = indexCache.get(edges);
    const reuse =
      cached && cached.options.nodes === options.nodes && cached.options.itemFilter === options.itemFilter;
    const built = reuse ? cached.index : yield* buildPathIndex(graph, edges, options);
    if (!reuse) indexCache.set(edges, { options: { ...options }, index: built });
    index = built;
    const s = built.index.get(from);
    const t = built.index.get(to);
    if (s === undefined || t === undefined) return;
    for (const tier of tiersFor(options)) {
      if (found.size >= k) break;
      searched.push(tier);
      const g: Adjacency = built[tier];
      const search = kShortest(g, s, t, 2 * k, maxSteps, new MaskedSearch(g));
      for (;;) {
        const next = search.next();
        const paths = next.value;
        for (const p of paths) {
          const ids = p.map((i) => built.ids[i]!);
          found.set(ids.join('\u0000'), ids);
        }
        if (next.done) break;
        yield;
      }
    }
  }
  const steps = run();

  return {
    /** Works for about `ms` milliseconds; true when the search is complete (or stopped). */
    step(ms: number): boolean {
      if (done || stopped) return true;
      const until = performance.now() + ms;
      while (performance.now() < until) {
        if (steps.next().done) {
          done = true;
          return true;
        }
      }
      return false;
    },
    /** Ends the search where it is (its time budget is spent). */
    stop(): void {
      if (!done) stopped = true;
    },
    result(): PathResult {
      const v = vocabOf(graph);
      const described = index
        ? [...found.values()].map((nodes) => describePath(graph, edges, index!, nodes))
        : [];
      return {
        paths: rankPaths(described, options.direction ?? 'follow', v).slice(0, k),
        searched: [...searched],
        truncated: stopped,
        elapsedMs: performance.now() - started,
      };
    },
  };
};

/** Runs a search to its end or until `budgetMs` is spent (in Node, the CLI and tests). */
export const findPaths = (
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  from: string,
  to: string,
  options: PathOptions & { budgetMs?: number } = {},
): PathResult => {
  const search = createPathSearch(graph, edges, from, to, options);
  if (!search.step(options.budgetMs ?? Infinity)) search.stop();
  return search.result();
};

/**
 * Up to `k` shortest loopless paths over the visible relations in either direction, shortest
 * first, then by the strength of their evidence (the earlier interface, kept for its callers).
 */
export const shortestPaths = (
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  from: string,
  to: string,
  k = 5,
): FoundPath[] => findPaths(graph, edges, from, to, { direction: 'any', mentions: false, k }).paths;
