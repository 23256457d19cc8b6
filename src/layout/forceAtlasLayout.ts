import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutInput } from '../model/layoutInput';
import type { Positions } from '../model/types';

type LayoutGraph = Graph<{ x: number; y: number }>;

/** The layout's own graph (undirected, no self loops), its nodes starting at `start`. */
export const forceAtlasGraph = (input: LayoutInput, start: Positions): LayoutGraph => {
  const graph: LayoutGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const { id } of input.nodes) graph.addNode(id, { x: start[id]?.x ?? 0, y: start[id]?.y ?? 0 });
  for (const e of input.edges) if (e.source !== e.target) graph.addEdge(e.source, e.target);
  return graph;
};

/**
 * `iterations` more of ForceAtlas2 (graphology's standard library; Barnes–Hut above 2,000 nodes, as
 * its inferSettings chooses), written back into the graph. Deterministic: FA2 has no randomness.
 */
export const forceAtlasSteps = (graph: LayoutGraph, iterations: number): void => {
  const settings = { ...forceAtlas2.inferSettings(graph), scalingRatio: 40, gravity: 0.05 };
  forceAtlas2.assign(graph, { iterations, settings });
};

export const positionsOf = (graph: LayoutGraph): Positions => {
  const positions: Positions = {};
  graph.forEachNode((id, p) => {
    positions[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return positions;
};

/** ForceAtlas2 from a starting placement, in one go (the layout benchmark's candidate). */
export const forceAtlasFrom = (input: LayoutInput, start: Positions, iterations: number): Positions => {
  const graph = forceAtlasGraph(input, start);
  forceAtlasSteps(graph, iterations);
  return positionsOf(graph);
};
