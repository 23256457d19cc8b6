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
  /** Of the spotlight, what the view is about (a gap cell's row and column); all of it when absent. */
  core?: readonly string[];
  /** The focused entity, and it with its nearest ring. */
  focus?: string;
  focusRing?: ReadonlySet<string>;
  /** Ends of a relation hidden for a quiz. */
  quiz?: readonly string[];
}

/**
 * The labels the view must show, each with its tier: 0 for what the view is about (the selection,
 * the path, a story step's or gap cell's entities, the focused entity, a quiz's subject), 1 for
 * their company (a selection's neighbours, the focus's nearest ring). Tier 0 is placed first, so
 * on a crowded screen the company gives way (node ids only).
 */
export const forcedLabels = (graph: KnowledgeGraph, input: ForcedInput): Map<string, number> => {
  const forced = new Map<string, number>();
  const add = (ids: Iterable<string>, tier: number) => {
    for (const id of ids) if (graph.hasNode(id) && (forced.get(id) ?? Infinity) > tier) forced.set(id, tier);
  };
  add(input.selected, 0);
  add(input.path, 0);
  add(input.core ?? input.spot, 0);
  add(input.spot, 1);
  add(input.quiz ?? [], 0);
  if (input.focus) add([input.focus], 0);
  const neighbours = [...input.neighbour].filter((id) => graph.hasNode(id));
  if (neighbours.length <= MAX_FORCED_NEIGHBOURS) add(neighbours, 1);
  add(input.focusRing ?? [], 1);
  return forced;
};
