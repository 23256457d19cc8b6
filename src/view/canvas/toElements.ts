import type { ElementDefinition } from 'cytoscape';
import { edgeLevel, nodeEvidenceCount } from '../../model/graphQueries';
import { RELATIONS } from '../../model/relations';
import type { KnowledgeGraph, Positions } from '../../model/types';

/**
 * The canvas elements, derived once from the graph. Only flat scalars go into `data`
 * (react-cytoscapejs re-patches arrays and objects on every render); every element has
 * an explicit id, the graph's key. References are not drawn: the reference view lists them.
 */
export const toElements = (graph: KnowledgeGraph, positions: Positions): ElementDefinition[] => {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === 'paper') return;
    elements.push({
      group: 'nodes',
      data: {
        id,
        label: a.label,
        type: a.type,
        weight: nodeEvidenceCount(graph, id),
        warn: a.warnings.length > 0 ? 1 : 0,
      },
      position: positions[id] ?? { x: 0, y: 0 },
    });
  });
  graph.forEachEdge((id, a, source, target) => {
    elements.push({
      group: 'edges',
      data: {
        id,
        source,
        target,
        relation: a.relation,
        family: RELATIONS[a.relation].family,
        level: edgeLevel(a.evidence),
        count: a.evidence.length,
        label:
          a.evidence.length > 1
            ? `${RELATIONS[a.relation].verb} ×${a.evidence.length}`
            : RELATIONS[a.relation].verb,
      },
    });
  });
  return elements;
};
