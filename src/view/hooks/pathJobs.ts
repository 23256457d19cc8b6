import { createPathSearch, type PathDirection, type PathOptions, type PathResult } from '../../model/paths';
import type { KnowledgeGraph } from '../../model/types';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { PATH_BUDGET_MS, PATH_SLICE_MS } from './pathBudget';

export interface PathJobState {
  searching: boolean;
  result: PathResult | null;
}

const SEARCHING: PathJobState = { searching: true, result: null };

/**
 * One path search, run off the render path in slices of PATH_SLICE_MS (the page gets a turn in
 * between) until it ends or PATH_BUDGET_MS of work is spent. It pauses while nobody watches it and
 * resumes when someone does; its result stays for whoever asks again.
 */
export class PathJob {
  state: PathJobState = SEARCHING;
  private readonly listeners = new Set<() => void>();
  private readonly search: ReturnType<typeof createPathSearch>;
  private worked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    graph: KnowledgeGraph,
    visible: VisibleSubgraph,
    from: string,
    to: string,
    options: PathOptions,
  ) {
    this.search = createPathSearch(graph, visible.edges, from, to, { ...options, nodes: visible.nodes });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  };

  getState = (): PathJobState => this.state;

  private schedule(): void {
    if (!this.state.searching || this.timer !== undefined) return;
    this.timer = setTimeout(this.tick, 0);
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    const start = performance.now();
    const done = this.search.step(Math.min(PATH_SLICE_MS, PATH_BUDGET_MS - this.worked));
    this.worked += performance.now() - start;
    if (!done && this.worked >= PATH_BUDGET_MS) this.search.stop();
    if (done || this.worked >= PATH_BUDGET_MS) {
      this.state = { searching: false, result: this.search.result() };
      this.listeners.forEach((l) => l());
    } else if (this.listeners.size > 0) this.schedule();
  };
}

const jobs = new WeakMap<VisibleSubgraph, Map<string, PathJob>>();
const KEEP = 12;

/** The search for these ends and mode over this visible subgraph: the running or finished one, else a new one. */
export const pathJob = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  from: string,
  to: string,
  direction: PathDirection,
  itemFilter: PathOptions['itemFilter'],
): PathJob => {
  let byKey = jobs.get(visible);
  if (!byKey) jobs.set(visible, (byKey = new Map()));
  const key = `${from}\u0000${to}\u0000${direction}`;
  let job = byKey.get(key);
  if (!job) {
    job = new PathJob(graph, visible, from, to, { direction, ...(itemFilter ? { itemFilter } : {}) });
    byKey.set(key, job);
    if (byKey.size > KEEP) byKey.delete(byKey.keys().next().value!);
  }
  return job;
};
