import type { Adjacency } from './pathIndex';

/**
 * Shortest paths over one adjacency with masks instead of copies: a node or a link is "removed"
 * for one spur search by stamping it with that search's number, so Yen's algorithm never copies
 * the graph. Scratch arrays are allocated once per search object.
 */
export class MaskedSearch {
  private readonly visitF: Int32Array;
  private readonly visitB: Int32Array;
  private readonly parentF: Int32Array;
  private readonly parentB: Int32Array;
  private readonly distF: Int32Array;
  private readonly distB: Int32Array;
  private readonly nodeMask: Int32Array;
  private readonly linkMask: Int32Array;
  private epoch = 0;
  private mask = 1;
  /** Nodes the searches have visited in all (a measure of the work done). */
  visited = 0;

  constructor(private readonly g: Adjacency) {
    const n = g.outStart.length - 1;
    this.visitF = new Int32Array(n);
    this.visitB = new Int32Array(n);
    this.parentF = new Int32Array(n);
    this.parentB = new Int32Array(n);
    this.distF = new Int32Array(n);
    this.distB = new Int32Array(n);
    this.nodeMask = new Int32Array(n);
    this.linkMask = new Int32Array(g.outTo.length);
  }

  /** Starts a new set of removed nodes and links (the previous ones are restored at once). */
  resetMasks(): void {
    this.mask += 1;
  }

  removeNode(u: number): void {
    this.nodeMask[u] = this.mask;
  }

  /** Removes the link u → v (returns false when there is none). */
  removeLink(u: number, v: number): boolean {
    for (let e = this.g.outStart[u]!; e < this.g.outStart[u + 1]!; e++)
      if (this.g.outTo[e] === v) {
        this.linkMask[e] = this.mask;
        return true;
      }
    return false;
  }

  /**
   * A shortest path from s to t of at most `maxSteps` links avoiding what is removed, by
   * bidirectional breadth-first search (expanding the smaller frontier a whole level at a time,
   * and keeping the best meeting point of that level).
   */
  shortest(s: number, t: number, maxSteps: number): number[] | null {
    if (s === t) return [s];
    const { g, nodeMask, linkMask, mask } = this;
    if (nodeMask[s] === mask || nodeMask[t] === mask) return null;
    const epoch = ++this.epoch;
    this.visitF[s] = epoch;
    this.distF[s] = 0;
    this.parentF[s] = -1;
    this.visitB[t] = epoch;
    this.distB[t] = 0;
    this.parentB[t] = -1;
    let front = [s];
    let back = [t];
    let depthF = 0;
    let depthB = 0;
    while (front.length > 0 && back.length > 0 && depthF + depthB < maxSteps) {
      let best = -1;
      let bestLength = Infinity;
      const next: number[] = [];
      if (front.length <= back.length) {
        for (const u of front)
          for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
            const v = g.outTo[e]!;
            if (linkMask[e] === mask || nodeMask[v] === mask || this.visitF[v] === epoch) continue;
            this.visitF[v] = epoch;
            this.distF[v] = depthF + 1;
            this.parentF[v] = u;
            next.push(v);
            if (this.visitB[v] === epoch && depthF + 1 + this.distB[v]! < bestLength) {
              best = v;
              bestLength = depthF + 1 + this.distB[v]!;
            }
          }
        depthF += 1;
        front = next;
      } else {
        for (const u of back)
          for (let e = g.inStart[u]!; e < g.inStart[u + 1]!; e++) {
            const v = g.inFrom[e]!;
            if (linkMask[g.inLink[e]!] === mask || nodeMask[v] === mask || this.visitB[v] === epoch) continue;
            this.visitB[v] = epoch;
            this.distB[v] = depthB + 1;
            this.parentB[v] = u;
            next.push(v);
            if (this.visitF[v] === epoch && depthB + 1 + this.distF[v]! < bestLength) {
              best = v;
              bestLength = depthB + 1 + this.distF[v]!;
            }
          }
        depthB += 1;
        back = next;
      }
      this.visited += next.length;
      if (best >= 0) return bestLength <= maxSteps ? this.join(best) : null;
    }
    return null;
  }

  private join(meet: number): number[] {
    const path: number[] = [];
    for (let u = meet; u !== -1; u = this.parentF[u]!) path.push(u);
    path.reverse();
    for (let u = this.parentB[meet]!; u !== -1; u = this.parentB[u]!) path.push(u);
    return path;
  }
}

const keyOf = (p: readonly number[]) => p.join(',');

/**
 * Up to `k` shortest loopless paths from s to t (Yen's algorithm over `MaskedSearch`), shortest
 * first. A generator: it yields the paths found so far after every spur search, so a caller can stop
 * it when its time budget is spent and keep what it has.
 */
export function* kShortest(
  g: Adjacency,
  s: number,
  t: number,
  k: number,
  maxSteps: number,
  search = new MaskedSearch(g),
): Generator<number[][], number[][]> {
  search.resetMasks();
  const first = search.shortest(s, t, maxSteps);
  if (!first) return [];
  const found: number[][] = [first];
  const known = new Set([keyOf(first)]);
  const candidates: number[][] = [];
  yield found;
  while (found.length < k) {
    const last = found.at(-1)!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const rootKey = keyOf(root);
      search.resetMasks();
      for (const p of found)
        if (p.length > i + 1 && keyOf(p.slice(0, i + 1)) === rootKey) search.removeLink(p[i]!, p[i + 1]!);
      for (let j = 0; j < i; j++) search.removeNode(root[j]!);
      const spur = search.shortest(root[i]!, t, maxSteps - i);
      if (spur) {
        const candidate = [...root.slice(0, -1), ...spur];
        const key = keyOf(candidate);
        if (!known.has(key)) {
          known.add(key);
          candidates.push(candidate);
        }
      }
      yield found;
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let i = 1; i < candidates.length; i++)
      if (candidates[i]!.length < candidates[best]!.length) best = i;
    found.push(candidates.splice(best, 1)[0]!);
    yield found;
  }
  return found;
}
