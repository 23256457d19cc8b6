import type { KnowledgeGraph } from '../types';
import type { AxisEntry } from './gapAxes';

/**
 * One line of a collapsible axis: a group (a strategy family, an organ system) or an entity.
 * Within a group, an entity sits under its nearest broader entity of the same group; an entity
 * whose broader entity is in another group (EAE, an autoimmune disease of the nervous system)
 * stays in its own group, where a reader looks for it.
 */
export interface AxisNode {
  /** The entity id, or `group:<id>` for a group. */
  id: string;
  kind: 'group' | 'entity';
  label: string;
  /** The group's label (for an entity, the group it is listed in). */
  groupLabel: string;
  children: AxisNode[];
  /** Every entity id at or below this node. */
  members: string[];
}

export const groupNodeId = (group: string): string => `group:${group}`;

/** The axis entries (in their order) as a forest of groups, each holding its entities by `broader`. */
export const axisTree = (graph: KnowledgeGraph, entries: readonly AxisEntry[]): AxisNode[] => {
  const groups = new Map<string, AxisNode>();
  const nodes = new Map<string, AxisNode>();
  const groupOf = new Map(entries.map((e) => [e.id, e.group]));
  for (const e of entries) {
    if (!groups.has(e.group))
      groups.set(e.group, {
        id: groupNodeId(e.group),
        kind: 'group',
        label: e.groupLabel,
        groupLabel: e.groupLabel,
        children: [],
        members: [],
      });
    nodes.set(e.id, {
      id: e.id,
      kind: 'entity',
      label: e.label,
      groupLabel: e.groupLabel,
      children: [],
      members: [],
    });
  }
  const parentOf = (id: string): string | undefined => {
    const seen = new Set([id]);
    let next = graph.getNodeAttribute(id, 'broader');
    while (next && !seen.has(next)) {
      if (nodes.has(next) && groupOf.get(next) === groupOf.get(id)) return next;
      seen.add(next);
      next = graph.hasNode(next) ? graph.getNodeAttribute(next, 'broader') : undefined;
    }
    return undefined;
  };
  for (const e of entries) {
    const parent = parentOf(e.id);
    (parent ? nodes.get(parent)! : groups.get(e.group)!).children.push(nodes.get(e.id)!);
  }
  const collect = (node: AxisNode): string[] => {
    node.members = [...(node.kind === 'entity' ? [node.id] : []), ...node.children.flatMap(collect)];
    return node.members;
  };
  const forest = [...groups.values()];
  forest.forEach(collect);
  return forest;
};

/** Every node of a forest, depth first. */
export const allNodes = (forest: readonly AxisNode[]): AxisNode[] =>
  forest.flatMap((n) => [n, ...allNodes(n.children)]);
