import { facetValuesOf } from './filters/facetValuesOf';
import type { EvidenceItem, KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

export interface SubgraphFilter {
  /** Entity types shown. */
  types: readonly string[];
  /** Weakest evidence level still shown; undefined shows every level. */
  minLevel?: string;
  /** A chosen value per facet (`{ therapy: 'cells' }`); a facet not named shows every value. */
  facets: Readonly<Record<string, string>>;
  /** Sections whose evidence is shown; empty means all. */
  sections: readonly string[];
  /** Relation kinds shown; empty means all. */
  relations: readonly string[];
  /** Certainty values shown (`['stated']`: stated findings only); empty or absent means all. */
  certainty?: readonly string[];
  hideIsolated: boolean;
}

export interface VisibleSubgraph {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Whether an evidence item passes the level, certainty, section and therapy filters. */
export const itemPasses = (
  graph: KnowledgeGraph,
  source: string,
  target: string,
  item: EvidenceItem,
  filter: SubgraphFilter,
): boolean => {
  const v = vocabOf(graph);
  if (filter.minLevel !== undefined && v.rank(item.level) < v.rank(filter.minLevel)) return false;
  if (filter.sections.length > 0 && !filter.sections.includes(item.section)) return false;
  if (filter.certainty?.length && !filter.certainty.includes(item.certainty ?? '')) return false;
  for (const [id, value] of Object.entries(filter.facets)) {
    const facet = v.facet(id);
    if (!facet) continue;
    if (!facetValuesOf(graph, source, target, item, facet).has(value)) return false;
  }
  return true;
};

/**
 * Whether no filter on evidence is set (level, section, certainty, a known facet; `exceptFacet`
 * not counted): then a relation with no evidence at all (an opened graph's edge) is kept.
 */
export const evidenceUnfiltered = (
  graph: KnowledgeGraph,
  filter: SubgraphFilter,
  exceptFacet?: string,
): boolean => {
  const v = vocabOf(graph);
  return (
    filter.minLevel === undefined &&
    filter.sections.length === 0 &&
    !filter.certainty?.length &&
    Object.keys(filter.facets).every((id) => id === exceptFacet || v.facet(id) === undefined)
  );
};

/**
 * Which entities and relations the filters keep. An edge stays when its relation kind is
 * allowed, both ends' types are shown, and at least one of its evidence items passes (an edge
 * without evidence, as opened graphs have, stays while no evidence filter is set).
 * References (papers) never appear on the canvas.
 */
export const visibleSubgraph = (graph: KnowledgeGraph, filter: SubgraphFilter): VisibleSubgraph => {
  const types = new Set(filter.types);
  const relations = new Set(filter.relations);
  const nodes = new Set<string>();
  const referenceType = vocabOf(graph).referenceType;
  graph.forEachNode((id, a) => {
    if (a.type !== referenceType && types.has(a.type)) nodes.add(id);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  const bare = evidenceUnfiltered(graph, filter);
  graph.forEachEdge((id, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (relations.size > 0 && !relations.has(a.relation)) return;
    if (
      a.evidence.length === 0 ? !bare : !a.evidence.some((i) => itemPasses(graph, source, target, i, filter))
    )
      return;
    edges.add(id);
    touched.add(source).add(target);
  });
  if (filter.hideIsolated) for (const id of [...nodes]) if (!touched.has(id)) nodes.delete(id);
  return { nodes, edges };
};

/** Nodes within `depth` steps of `start` along visible edges (either direction). */
export const neighbourhood = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  start: string,
  depth: number,
): Set<string> => {
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (key, _a, source, target) => {
        if (!visible.edges.has(key)) return;
        const other = source === id ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
};
