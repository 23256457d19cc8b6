import { broaderChain } from './graphQueries';
import type { EvidenceItem, KnowledgeGraph } from './types';

export type TherapyKind = 'cells' | 'vesicles';

/**
 * The entities an evidence item is about: the edge's two ends plus the item's `involves`,
 * each with its broader entities. Used by filters and by the gap map.
 */
export const itemEntities = (
  graph: KnowledgeGraph,
  source: string,
  target: string,
  item: EvidenceItem,
): Set<string> => {
  const out = new Set<string>();
  for (const id of [source, target, ...(item.involves ?? [])]) {
    if (graph.hasNode(id)) broaderChain(graph, id).forEach((x) => out.add(x));
  }
  return out;
};

const SECTION_KIND: Record<string, TherapyKind | undefined> = {
  '2.1': 'cells',
  '2.2': 'cells',
  '2.3': 'cells',
  '2.3.1': 'cells',
  '2.4': 'cells',
  'Table 1': 'cells',
  'Figure 1': 'cells',
  'Figure 2': 'cells',
  '3.1': 'vesicles',
  '3.2': 'vesicles',
  '3.3': 'vesicles',
  '3.4': 'vesicles',
  'Table 2': 'vesicles',
  'Figure 3': 'vesicles',
};

/**
 * Whether an item is about MSCs (cells), their vesicles, or both: the therapy entities it
 * names decide (by their group); an item naming none takes its section's subject
 * (section 2 is about cells, section 3 about vesicles; elsewhere both).
 */
export const itemTherapyKinds = (
  graph: KnowledgeGraph,
  entities: ReadonlySet<string>,
  item: EvidenceItem,
): Set<TherapyKind> => {
  const kinds = new Set<TherapyKind>();
  for (const id of entities) {
    const a = graph.getNodeAttributes(id);
    if (a.type === 'therapy' && (a.group === 'cells' || a.group === 'vesicles')) kinds.add(a.group);
  }
  if (kinds.size === 0) {
    const kind = SECTION_KIND[item.section];
    if (kind) kinds.add(kind);
    else ['cells', 'vesicles'].forEach((k) => kinds.add(k as TherapyKind));
  }
  return kinds;
};
