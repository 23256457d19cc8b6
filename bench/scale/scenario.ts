/**
 * What the benchmark does on a graph, and the class changes the bare page makes for each action:
 * the same classes on the same elements as the app's (computed here with the app's own model
 * functions), so that each ratio compares like with like.
 */
import { emphasis, type EmphasisInput } from '../../src/view/canvas/emphasis';
import type { KnowledgeGraph } from '../../src/model/types';
import { visibleSubgraph, type VisibleSubgraph } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { defaultFilters } from '../../src/state/viewTypes';

/** Classes to add (`on`) or take off, in one batch. */
export interface ClassChange {
  cls: string;
  on: boolean;
  ids: string[];
}

export interface Scenario {
  /** Tapped as soon as the first frame is up (→ interactive). */
  hub: string;
  /** Tapped for the tap metric, focused for the focus metric; one end of the path. */
  node: string;
  edge: string;
  /** An entity the focus fades. */
  far: string;
  /** The other end of the path (two steps from `node`). */
  pathTo: string;
  query: string;
  bare: Record<
    'interactive' | 'tap' | 'edgeTap' | 'filter' | 'unfilter' | 'focus' | 'unfocus' | 'path',
    ClassChange[]
  >;
}

/** The emphasis classes on the canvas in one view state, as the app computes them. */
type ClassState = Record<'selected' | 'neighbour' | 'path' | 'faded', Set<string>>;
const NO_CLASSES: ClassState = {
  selected: new Set(),
  neighbour: new Set(),
  path: new Set(),
  faded: new Set(),
};

const classState = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  input: Partial<EmphasisInput>,
): ClassState => {
  const e = emphasis(graph, visible, { selection: null, focus: null, ...input });
  const drawn = [...visible.nodes, ...visible.edges];
  // A selection dims what is not its neighbourhood, as a focus or a path fades what it leaves out.
  const faded = new Set(e.keep ? drawn.filter((id) => !e.keep!.has(id)) : []);
  return { selected: e.selected, neighbour: e.neighbour, path: e.path, faded };
};

/** The class changes that take the canvas from one view state to the next, in one batch. */
const transition = (from: ClassState, to: ClassState): ClassChange[] =>
  (Object.keys(to) as (keyof ClassState)[]).flatMap((cls) => [
    { cls, on: false, ids: [...from[cls]].filter((id) => !to[cls].has(id)) },
    { cls, on: true, ids: [...to[cls]].filter((id) => !from[cls].has(id)) },
  ]);

/** A shortest path (breadth first, either direction) from `from` to a node two steps away. */
const twoStepsFrom = (graph: KnowledgeGraph, from: string): string[] => {
  for (const middle of graph.neighbors(from))
    for (const end of graph.neighbors(middle))
      if (end !== from && !graph.areNeighbors(from, end)) return [from, middle, end];
  return [from, graph.neighbors(from)[0]!];
};

export const scenarioOf = (
  graph: KnowledgeGraph,
  pick: { hub: string; node: string; edge: string; query: string },
): Scenario => {
  const v = vocabOf(graph);
  const all = visibleSubgraph(graph, defaultFilters(v));
  const state = (input: Partial<EmphasisInput>) => classState(graph, all, input);
  const hub = state({ selection: { kind: 'node', id: pick.hub } });
  const node = state({ selection: { kind: 'node', id: pick.node } });
  const edge = state({ selection: { kind: 'edge', id: pick.edge } });
  const focused = state({ selection: { kind: 'node', id: pick.node }, focus: { id: pick.node, depth: 1 } });
  const strongest = visibleSubgraph(graph, { ...defaultFilters(v), minLevel: v.levels[0]?.id });
  const hidden = [...all.nodes]
    .filter((id) => !strongest.nodes.has(id))
    .concat([...all.edges].filter((id) => !strongest.edges.has(id)));
  const path = twoStepsFrom(graph, pick.node);
  const pathEdges = path
    .slice(1)
    .flatMap((to, i) => graph.edges(path[i]!, to).concat(graph.edges(to, path[i]!)));
  const onPath = state({ pathElements: [...path, ...pathEdges] });
  return {
    hub: pick.hub,
    node: pick.node,
    edge: pick.edge,
    pathTo: path.at(-1)!,
    far: [...all.nodes].find((id) => focused.faded.has(id))!,
    query: pick.query,
    bare: {
      interactive: transition(NO_CLASSES, hub),
      tap: transition(hub, node),
      edgeTap: transition(node, edge),
      filter: [{ cls: 'hidden', on: true, ids: hidden }],
      unfilter: [{ cls: 'hidden', on: false, ids: hidden }],
      focus: transition(edge, focused),
      unfocus: transition(focused, NO_CLASSES),
      path: transition(NO_CLASSES, onPath),
    },
  };
};
