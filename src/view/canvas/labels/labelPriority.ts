import type { EntityType } from '../../../model/entityTypes';
import type { KnowledgeGraph } from '../../../model/types';

/** Type order among equally connected entities: the kinds a reader looks for first. */
const TYPE_RANK: Record<EntityType, number> = {
  therapy: 0,
  mechanism: 1,
  disease: 2,
  strategy: 3,
  target_cell: 4,
  factor: 5,
  cell_source: 6,
  method: 7,
  challenge: 8,
  paper: 9,
};

/**
 * A static importance per entity (smaller first): hubs by powers of two of their degree, then
 * type, then evidence weight. Ties are broken by id by the placement.
 */
export const labelRanks = (graph: KnowledgeGraph): Map<string, number> => {
  const ranks = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (a.type === 'paper') return;
    let weight = 0;
    graph.forEachEdge(id, (_k, e) => {
      weight += e.evidence.length;
    });
    const hub = Math.floor(Math.log2(graph.degree(id) + 1));
    ranks.set(id, -hub * 1e6 + TYPE_RANK[a.type] * 1e4 - Math.min(weight, 9999));
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
