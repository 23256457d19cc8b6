import type { AxisNode } from './axisTree';

/** A line of the axis as shown: a node at a depth, open or closed. */
export interface AxisLine {
  node: AxisNode;
  depth: number;
  /** Whether its children are listed below it (a group or an entity with narrower entities). */
  expanded: boolean;
  hasChildren: boolean;
  /** An expanded group: a heading over its members, with no cells of its own. */
  heading: boolean;
}

export interface LineOptions {
  /** Node ids that are open. */
  expanded: ReadonlySet<string>;
  /** Siblings in display order (sorting); defaults to their order in the tree. */
  order?: (siblings: readonly AxisNode[]) => AxisNode[];
  /** Nodes to list (a text filter keeps a node when it or a member matches). */
  keep?: (node: AxisNode) => boolean;
}

/** The lines of a collapsible axis, depth first: open nodes list their children, closed ones stand for them. */
export const axisLines = (forest: readonly AxisNode[], options: LineOptions): AxisLine[] => {
  const out: AxisLine[] = [];
  const walk = (nodes: readonly AxisNode[], depth: number) => {
    const kept = nodes.filter((n) => options.keep?.(n) ?? true);
    for (const node of options.order ? options.order(kept) : kept) {
      const hasChildren = node.children.length > 0;
      const expanded = hasChildren && options.expanded.has(node.id);
      out.push({ node, depth, expanded, hasChildren, heading: node.kind === 'group' && expanded });
      if (expanded) walk(node.children, depth + 1);
    }
  };
  walk(forest, 0);
  return out;
};

/** For each entity, the line that shows it: its own, or the closed line it is folded into. */
export const lineOfEntity = (lines: readonly AxisLine[]): Map<string, string> => {
  const map = new Map<string, string>();
  for (const line of lines) {
    if (line.heading) continue;
    if (line.node.kind === 'entity') map.set(line.node.id, line.node.id);
    if (!line.expanded) for (const m of line.node.members) if (!map.has(m)) map.set(m, line.node.id);
  }
  return map;
};

/** Ids of every node with children (to open all). */
export const openable = (forest: readonly AxisNode[]): string[] =>
  forest.flatMap((n) => (n.children.length > 0 ? [n.id, ...openable(n.children)] : []));
