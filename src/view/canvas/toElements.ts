import type { ElementDefinition } from 'cytoscape';
import { edgeHedged } from '../../model/certainty';
import { edgeLevel, nodeEvidenceCount } from '../../model/graphQueries';
import type { KnowledgeGraph, Positions } from '../../model/types';
import { vocabOf } from '../../model/vocabOf';

/**
 * The canvas elements, derived once from the graph. Only flat scalars go into `data`
 * (react-cytoscapejs re-patches arrays and objects on every render); every element has
 * an explicit id, the graph's key. References are not drawn: the reference view lists them.
 */
export const toElements = (graph: KnowledgeGraph, positions: Positions): ElementDefinition[] => {
  const v = vocabOf(graph);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === v.referenceType) return;
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
    const relation = v.relation(a.relation);
    const verb = relation?.verb ?? a.relation;
    const level = edgeLevel(v, a.evidence);
    elements.push({
      group: 'edges',
      data: {
        id,
        source,
        target,
        relation: a.relation,
        family: relation?.family ?? '',
        ...(level !== undefined ? { level } : {}),
        ...(relation?.directed === false ? { undirected: 1 } : {}),
        ...(edgeHedged(v, a.evidence) ? { hedged: 1 } : {}),
        count: Math.max(1, a.evidence.length),
        label: a.evidence.length > 1 ? `${verb} ×${a.evidence.length}` : verb,
      },
    });
  });
  return elements;
};
