import type { EntityType } from '../entityTypes';
import { STRATEGY_FAMILY_IDS, STRATEGY_FAMILY_LABELS } from '../evidence';
import type { KnowledgeGraph } from '../types';

export interface AxisEntry {
  id: string;
  label: string;
  /** Group id and label: strategy family, or the entity's group from groups.yaml. */
  group: string;
  groupLabel: string;
}

const OTHER = { id: 'other', label: 'Other' };

/** The entities of one type as a matrix axis, grouped (family or group) and in group order, then by label. */
export const gapAxis = (graph: KnowledgeGraph, type: EntityType): AxisEntry[] => {
  const groups =
    type === 'strategy'
      ? STRATEGY_FAMILY_IDS.map((id) => ({ id, label: STRATEGY_FAMILY_LABELS[id] }))
      : (graph.getAttribute('groups')[type] ?? []);
  const order = (g: string) => {
    const i = groups.findIndex((x) => x.id === g);
    return i === -1 ? groups.length : i;
  };
  const entries: AxisEntry[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== type) return;
    const groupId = (type === 'strategy' ? a.family : a.group) ?? OTHER.id;
    const group = groups.find((g) => g.id === groupId) ?? OTHER;
    entries.push({ id, label: a.label, group: group.id, groupLabel: group.label });
  });
  return entries.sort((x, y) => order(x.group) - order(y.group) || x.label.localeCompare(y.label));
};
