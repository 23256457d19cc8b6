import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import type { Vocabulary } from '../vocabulary/vocabulary';

export interface AxisEntry {
  id: string;
  label: string;
  /** Group id and label: the type's declared attribute (a strategy's family), or its group from groups.yaml. */
  group: string;
  groupLabel: string;
}

const OTHER = { id: 'other', label: 'Other' };

/**
 * The entities of one type as a matrix axis, in group order, then by label. A type with an
 * attribute declared in the schema is grouped by it (strategies by family); others by group.
 */
export const gapAxis = (graph: KnowledgeGraph, type: string): AxisEntry[] => {
  const attribute = vocabOf(graph).schema.attributes.find((a) => a.type === type);
  const groups = attribute ? attribute.values : (graph.getAttribute('groups')[type] ?? []);
  const order = (g: string) => {
    const i = groups.findIndex((x) => x.id === g);
    return i === -1 ? groups.length : i;
  };
  const entries: AxisEntry[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== type) return;
    const value = attribute ? a[attribute.id] : a.group;
    const groupId = typeof value === 'string' ? value : OTHER.id;
    const group = groups.find((g) => g.id === groupId) ?? OTHER;
    entries.push({ id, label: a.label, group: group.id, groupLabel: group.label });
  });
  return entries.sort((x, y) => order(x.group) - order(y.group) || x.label.localeCompare(y.label));
};

/** The schema's default gap-map pairing, or the first two drawn types. */
export const defaultGapAxes = (v: Vocabulary): [string, string] => {
  if (v.schema.gaps) return [v.schema.gaps.rows, v.schema.gaps.cols];
  const [a, b] = v.drawnTypes;
  return [a?.id ?? '', b?.id ?? a?.id ?? ''];
};
