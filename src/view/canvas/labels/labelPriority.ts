import type { KnowledgeGraph } from '../../../model/types';
import type { Vocabulary } from '../../../model/vocabulary/vocabulary';

/**
 * A static importance per entity (smaller first): hubs by powers of two of their degree, then the
 * type's place in the schema's display order, then evidence weight. Ties are broken by id by the
 * placement. The reference type (never drawn) gets no rank.
 */
export const labelRanks = (graph: KnowledgeGraph, v: Vocabulary): Map<string, number> => {
  const typeOrder = new Map(v.drawnTypes.map((t, i) => [t.id, i]));
  const ranks = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (a.type === v.referenceType) return;
    let weight = 0;
    graph.forEachEdge(id, (_k, e) => {
      weight += e.evidence.length;
    });
    const hub = Math.floor(Math.log2(graph.degree(id) + 1));
    const type = typeOrder.get(a.type) ?? typeOrder.size;
    ranks.set(id, -hub * 1e6 + type * 1e4 - Math.min(weight, 9999));
  });
  return ranks;
};

/** A selection's neighbours are forced only up to this many (a hub's hundred are ranked instead). */
export const MAX_FORCED_NEIGHBOURS = 30;

export interface ForcedInput {
  selected: ReadonlySet<string>;
  /** Neighbours of the selection (nodes and edges). */
  neighbour: ReadonlySet<string>;
  path: ReadonlySet<string>;
  spot: ReadonlySet<string>;
  /** The focused entity and its nearest ring. */
  focusRing?: ReadonlySet<string>;
  /** Ends of a relation hidden for a quiz. */
  quiz?: readonly string[];
}

/** The entities a view is about, whose labels are placed first (node ids only). */
export const forcedLabels = (graph: KnowledgeGraph, input: ForcedInput): Set<string> => {
  const forced = new Set<string>();
  const addNodes = (ids: Iterable<string>) => {
    for (const id of ids) if (graph.hasNode(id)) forced.add(id);
  };
  addNodes(input.selected);
  const neighbours = [...input.neighbour].filter((id) => graph.hasNode(id));
  if (neighbours.length <= MAX_FORCED_NEIGHBOURS) addNodes(neighbours);
  addNodes(input.path);
  addNodes(input.spot);
  addNodes(input.focusRing ?? []);
  addNodes(input.quiz ?? []);
  return forced;
};
