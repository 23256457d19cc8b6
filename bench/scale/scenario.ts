/**
 * What the benchmark does on a graph, and the class changes the bare page makes for each action:
 * the same classes on the same elements as the app's (computed here with the app's own model
 * functions), so that each ratio compares like with like.
 */
import { emphasis } from '../../src/view/canvas/emphasis';
import type { KnowledgeGraph } from '../../src/model/types';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
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

const selectionClasses = (graph: KnowledgeGraph, id: string, kind: 'node' | 'edge') => {
  const e = emphasis(graph, visibleSubgraph(graph, defaultFilters(vocabOf(graph))), {
    selection: { kind, id },
    focus: null,
  });
  return { selected: [...e.selected], neighbour: [...e.neighbour] };
};
const change = (on: boolean, c: { selected: string[]; neighbour: string[] }): ClassChange[] => [
  { cls: 'selected', on, ids: c.selected },
  { cls: 'neighbour', on, ids: c.neighbour },
];

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
  const hub = selectionClasses(graph, pick.hub, 'node');
  const node = selectionClasses(graph, pick.node, 'node');
  const edge = selectionClasses(graph, pick.edge, 'edge');
  const strongest = visibleSubgraph(graph, { ...defaultFilters(v), minLevel: v.levels[0]?.id });
  const hidden = [...all.nodes]
    .filter((id) => !strongest.nodes.has(id))
    .concat([...all.edges].filter((id) => !strongest.edges.has(id)));
  const drawn = [...all.nodes, ...all.edges];
  const focusKeep = emphasis(graph, all, {
    selection: { kind: 'node', id: pick.node },
    focus: { id: pick.node, depth: 1 },
  }).keep!;
  const path = twoStepsFrom(graph, pick.node);
  const pathEdges = path
    .slice(1)
    .flatMap((to, i) => graph.edges(path[i]!, to).concat(graph.edges(to, path[i]!)));
  const pathElements = [...path, ...pathEdges];
  const pathKeep = new Set(pathElements);
  return {
    hub: pick.hub,
    node: pick.node,
    edge: pick.edge,
    pathTo: path.at(-1)!,
    far: [...all.nodes].find((id) => !focusKeep.has(id))!,
    query: pick.query,
    bare: {
      interactive: change(true, hub),
      tap: [...change(false, hub), ...change(true, node)],
      edgeTap: [...change(false, node), ...change(true, edge)],
      filter: [{ cls: 'hidden', on: true, ids: hidden }],
      unfilter: [{ cls: 'hidden', on: false, ids: hidden }],
      focus: [
        ...change(false, edge),
        ...change(true, node),
        { cls: 'faded', on: true, ids: drawn.filter((id) => !focusKeep.has(id)) },
      ],
      unfocus: [
        ...change(false, node),
        { cls: 'faded', on: false, ids: drawn.filter((id) => !focusKeep.has(id)) },
      ],
      path: [
        { cls: 'path', on: true, ids: pathElements },
        { cls: 'faded', on: true, ids: drawn.filter((id) => !pathKeep.has(id)) },
      ],
    },
  };
};
