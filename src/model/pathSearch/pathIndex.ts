import type { EvidenceItem, KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

/** One way of moving between entities, as compact adjacency (CSR) in both directions. */
export interface Adjacency {
  outStart: Int32Array;
  outTo: Int32Array;
  inStart: Int32Array;
  inFrom: Int32Array;
  /** For each incoming entry, the index of the same link among the outgoing entries (its link id). */
  inLink: Int32Array;
}

/**
 * The visible graph as integers, built once per visible set and reused by every search (nothing is
 * copied per spur node): `along` links follow each relation's direction (both ways for an
 * undirected relation); `relations` ignore direction; `mentions` add pairs of entities that only
 * one statement names together.
 */
export interface PathIndex {
  ids: string[];
  index: Map<string, number>;
  along: Adjacency;
  relations: Adjacency;
  mentions: Adjacency;
  /** Distinct neighbours over relations, per node: what makes a hub. */
  degree: Int32Array;
  /** A node with at least this many neighbours is a hub. */
  hubThreshold: number;
  /** Edges whose statements name both ends of an unordered pair (key `min*n+max`) with no relation between them. */
  mentionEdges: Map<number, string[]>;
}

export interface IndexOptions {
  /** Entities a mention may pass through (the visible ones); every entity when absent. */
  nodes?: ReadonlySet<string>;
  /** Which evidence items count for mentions (those passing the filters); all when absent. */
  itemFilter?: (source: string, target: string, item: EvidenceItem) => boolean;
}

/** Sorted distinct values (numeric keys of directed pairs). */
const distinct = (keys: Float64Array): Float64Array => {
  keys.sort();
  let w = 0;
  for (let r = 0; r < keys.length; r++) if (r === 0 || keys[r] !== keys[r - 1]) keys[w++] = keys[r]!;
  return keys.subarray(0, w);
};

/** CSR adjacency from sorted distinct directed pair keys (`u * n + v`). */
const csr = (n: number, keys: Float64Array): Adjacency => {
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (const k of keys) {
    outStart[Math.floor(k / n) + 1]! += 1;
    inStart[(k % n) + 1]! += 1;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outTo = new Int32Array(keys.length);
  const inFrom = new Int32Array(keys.length);
  const inLink = new Int32Array(keys.length);
  const fill = inStart.slice(0, n);
  keys.forEach((k, at) => {
    const v = k % n;
    outTo[at] = v;
    const back = fill[v]!++;
    inFrom[back] = Math.floor(k / n);
    inLink[back] = at;
  });
  return { outStart, outTo, inStart, inFrom, inLink };
};

/** Directed keys of pairs, both ways when `both`. */
const keysOf = (n: number, us: readonly number[], vs: readonly number[], both: boolean): Float64Array => {
  const keys = new Float64Array(us.length * (both ? 2 : 1));
  for (let i = 0; i < us.length; i++) {
    keys[i] = us[i]! * n + vs[i]!;
    if (both) keys[us.length + i] = vs[i]! * n + us[i]!;
  }
  return distinct(keys);
};

/**
 * Builds the index, yielding now and then (every few thousand edges) so that a caller on the main
 * thread can pause between slices. The generator's return value is the index.
 */
export function* buildPathIndex(
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  options: IndexOptions = {},
): Generator<void, PathIndex> {
  const v = vocabOf(graph);
  const undirected = new Set(v.relations.filter((r) => !r.directed).map((r) => r.id));
  const index = new Map<string, number>();
  const ids: string[] = [];
  const id = (key: string): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = ids.length;
      ids.push(key);
      index.set(key, i);
    }
    return i;
  };
  const allowed = (key: string) => (options.nodes ? options.nodes.has(key) : graph.hasNode(key));
  // Relation pairs (u → v, and v → u for an undirected relation), and pairs named together.
  const alongU: number[] = [];
  const alongV: number[] = [];
  const mentionU: number[] = [];
  const mentionV: number[] = [];
  const mentionEdge: string[] = [];
  let i = 0;
  for (const { edge: e, attributes, source, target } of graph.edgeEntries()) {
    if (++i % 4000 === 0) yield;
    if (!edges.has(e)) continue;
    const s = id(source);
    const t = id(target);
    if (s !== t) {
      alongU.push(s);
      alongV.push(t);
      if (undirected.has(attributes.relation)) {
        alongU.push(t);
        alongV.push(s);
      }
    }
    for (const item of attributes.evidence) {
      if (!item.involves?.length && !item.with?.length && !item.measured_in?.length) continue;
      if (options.itemFilter && !options.itemFilter(source, target, item)) continue;
      const names: number[] = [s, t];
      for (const list of [item.involves, item.with, item.measured_in])
        for (const x of list ?? []) {
          if (!allowed(x)) continue;
          const k = id(x);
          if (!names.includes(k)) names.push(k);
        }
      for (let a = 0; a < names.length; a++)
        for (let b = Math.max(a + 1, 2); b < names.length; b++) {
          mentionU.push(names[a]!);
          mentionV.push(names[b]!);
          mentionEdge.push(e);
        }
    }
  }
  yield;
  const n = Math.max(ids.length, 1);
  const along = keysOf(n, alongU, alongV, false);
  const relationKeys = keysOf(n, alongU, alongV, true);
  const related = (key: number): boolean => {
    let lo = 0;
    let hi = relationKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = relationKeys[mid]!;
      if (x === key) return true;
      if (x < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const mentionEdges = new Map<number, string[]>();
  const mentionKeysU: number[] = [];
  const mentionKeysV: number[] = [];
  for (i = 0; i < mentionU.length; i++) {
    const a = Math.min(mentionU[i]!, mentionV[i]!);
    const b = Math.max(mentionU[i]!, mentionV[i]!);
    if (i % 20000 === 19999) yield;
    if (a === b || related(a * n + b)) continue;
    const key = a * n + b;
    const list = mentionEdges.get(key);
    if (list) {
      if (!list.includes(mentionEdge[i]!)) list.push(mentionEdge[i]!);
    } else {
      mentionEdges.set(key, [mentionEdge[i]!]);
      mentionKeysU.push(a);
      mentionKeysV.push(b);
    }
  }
  yield;
  const relations = csr(ids.length, relationKeys);
  yield;
  const mentionKeys = keysOf(n, mentionKeysU, mentionKeysV, true);
  const withMentions = new Float64Array(relationKeys.length + mentionKeys.length);
  withMentions.set(relationKeys);
  withMentions.set(mentionKeys, relationKeys.length);
  const degree = new Int32Array(ids.length);
  for (i = 0; i < ids.length; i++) degree[i] = relations.outStart[i + 1]! - relations.outStart[i]!;
  const mean = ids.length > 0 ? relationKeys.length / ids.length : 0;
  const mentions = csr(ids.length, distinct(withMentions));
  yield;
  return {
    ids,
    index,
    along: csr(ids.length, along),
    relations,
    mentions,
    degree,
    hubThreshold: Math.max(20, Math.ceil(5 * mean)),
    mentionEdges,
  };
}

/** The index at once (Node, tests). */
export const pathIndex = (
  graph: KnowledgeGraph,
  edges: ReadonlySet<string>,
  options?: IndexOptions,
): PathIndex => {
  const run = buildPathIndex(graph, edges, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
};

/** The unordered pair key of two node numbers. */
export const pairKey = (index: PathIndex, a: number, b: number): number =>
  Math.min(a, b) * Math.max(index.ids.length, 1) + Math.max(a, b);
