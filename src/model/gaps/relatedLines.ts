import { mainFacet } from '../evidenceFacets';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import type { GapMatrix } from './gapMatrix';
import { rollUp } from './rollUp';

/** For each column: the columns of the same broader entity (siblings) or the same group. */
export const relatedColumnsOf = (graph: KnowledgeGraph, matrix: GapMatrix) => {
  const out = new Map<string, { id: string; relation: 'sibling' | 'same group' }[]>();
  for (const col of matrix.cols) {
    const broader = graph.getNodeAttribute(col.id, 'broader');
    const list: { id: string; relation: 'sibling' | 'same group' }[] = [];
    for (const other of matrix.cols) {
      if (other.id === col.id) continue;
      const sibling = !!broader && graph.getNodeAttribute(other.id, 'broader') === broader;
      const sameGroup = other.group === col.group && other.group !== 'other';
      if (sibling || sameGroup) list.push({ id: other.id, relation: sibling ? 'sibling' : 'same group' });
    }
    out.set(col.id, list);
  }
  return out;
};

/**
 * For each row: rows of the same broader entity (siblings), and, for therapies, the cell/vesicle
 * counterpart: one yields the other by the counterpart relation (MSCs secrete MSC exosomes), in
 * either direction, or both come from the same tissue, following `broader` and the origin relation
 * together (a tissue and the tissue it is part of count as the same source).
 */
export const relatedRowsOf = (graph: KnowledgeGraph, matrix: GapMatrix): Map<string, [string, string][]> => {
  const gaps = vocabOf(graph).schema.gaps;
  const facet = mainFacet(graph);
  const linked = (relation: string | undefined) => (x: string, y: string) =>
    !!relation && graph.edges(x, y).some((e) => graph.getEdgeAttribute(e, 'relation') === relation);
  const counterpart = linked(gaps?.counterpartRelation);
  const tissues = new Map<string, Set<string>>();
  const sourceType = new Set<string>();
  for (const r of matrix.rows) {
    const own = new Set<string>();
    for (const id of rollUp(graph, [r.id], gaps?.originRelation))
      if (id !== r.id && graph.getNodeAttribute(id, 'type') !== graph.getNodeAttribute(r.id, 'type')) {
        own.add(id);
        sourceType.add(graph.getNodeAttribute(id, 'type'));
      }
    tissues.set(r.id, own);
  }
  const shareTissue = (a: string, b: string) => {
    const x = tissues.get(a)!;
    const y = tissues.get(b)!;
    return x.size > 0 && [...x].some((t) => y.has(t));
  };
  const out = new Map<string, [string, string][]>();
  for (const entry of matrix.rows) {
    const a = graph.getNodeAttributes(entry.id);
    const list: [string, string][] = [];
    for (const other of matrix.rows) {
      if (other.id === entry.id) continue;
      const b = graph.getNodeAttributes(other.id);
      if (a.broader && b.broader === a.broader) list.push([other.id, 'sibling']);
      else if (facet && a.type === facet.type && a.group && b.group && a.group !== b.group) {
        if (
          shareTissue(entry.id, other.id) ||
          counterpart(entry.id, other.id) ||
          counterpart(other.id, entry.id)
        ) {
          const value = facet.values.find((x) => x.id === b.group);
          list.push([other.id, value?.counterpart ?? `the ${value?.label ?? b.group} counterpart`]);
        }
      }
    }
    out.set(entry.id, list);
  }
  return out;
};
