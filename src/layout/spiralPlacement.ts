import type { LayoutInput } from '../model/layoutInput';
import type { Positions } from '../model/types';

/**
 * A cheap, deterministic placement for graphs too big for a force layout at build time: nodes in
 * breadth-first order from the best-connected one (component after component), one every
 * `spacing` along an Archimedean spiral whose turns are `spacing` apart: consecutive nodes of the
 * order sit next to each other, so neighbours land near each other and the disc fills evenly
 * (one node per spacing²). O(nodes + edges).
 */
export const spiralPlacement = (input: LayoutInput, spacing = 40): Positions => {
  const neighbours = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  for (const e of input.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const byDegree = [...neighbours.keys()].sort(
    (a, b) => neighbours.get(b)!.length - neighbours.get(a)!.length || (a < b ? -1 : 1),
  );
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    seen.add(start);
    for (let head = order.push(start) - 1; head < order.length; head++)
      for (const next of neighbours.get(order[head]!)!)
        if (!seen.has(next)) {
          seen.add(next);
          order.push(next);
        }
  }
  const positions: Positions = {};
  order.forEach((id, i) => {
    // r = b·θ with b = spacing / 2π; the arc length b·θ²/2 grows by `spacing` per node.
    const theta = Math.sqrt(4 * Math.PI * i);
    const r = (spacing * theta) / (2 * Math.PI);
    positions[id] = {
      x: Math.round(r * Math.cos(theta) * 10) / 10,
      y: Math.round(r * Math.sin(theta) * 10) / 10,
    };
  });
  return positions;
};
