import { layeredPositions } from '../../../layout/layeredPositions';
import type { KnowledgeGraph, Positions } from '../../../model/types';
import type { VisibleSubgraph } from '../../../model/visibleSubgraph';

/** What to lay out locally: rings around an entity, lanes along a path, or columns by type. */
export type LocalTarget =
  | {
      kind: 'rings';
      key: string;
      /** The entity that stays where it is, at the centre. */
      anchor: string;
      levels: string[][];
      parents: Map<string, string[]>;
      /** Levels up to this one are labelled in full (their rings leave room for every label). */
      labelled: number;
      /** Columns by type to use instead when the rings do not fit the frame. */
      columns?: Positions;
    }
  | {
      kind: 'lanes';
      key: string;
      order: string[];
      /** Other entities a story step names beside its path: a second lane under the path. */
      extra?: string[];
    }
  | { kind: 'columns'; key: string; layout: Positions };

/**
 * Levels by distance from `start` along visible relations (within `within`, when given), and
 * each node's parents on the level inside. Nodes of `within` not reached go on one more level.
 */
export const distanceLevels = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  start: string,
  depth: number,
  within?: ReadonlySet<string>,
): { levels: string[][]; parents: Map<string, string[]> } => {
  const level = new Map([[start, 0]]);
  const parents = new Map<string, string[]>();
  const levels: string[][] = [[start]];
  for (let k = 0; k < depth && levels[k]!.length > 0; k++) {
    const next: string[] = [];
    for (const id of levels[k]!) {
      graph.forEachEdge(id, (key, _a, source, target) => {
        if (!visible.edges.has(key)) return;
        const other = source === id ? target : source;
        if (within && !within.has(other)) return;
        if (!level.has(other)) {
          level.set(other, k + 1);
          next.push(other);
        }
        if (level.get(other) === k + 1) parents.set(other, [...(parents.get(other) ?? []), id]);
      });
    }
    next.sort();
    levels.push(next);
  }
  if (within) {
    const rest = [...within].filter((id) => !level.has(id) && visible.nodes.has(id)).sort();
    if (rest.length > 0) levels.push(rest);
  }
  return { levels: levels.filter((l) => l.length > 0), parents };
};

export interface TargetInput {
  focus: { id: string; depth: number } | null;
  /** The highlighted path's entities, start to end. */
  path?: readonly string[];
  /** A story step's entities and its declared layout, if a step is shown. */
  step?: { key: string; nodes: readonly string[]; select?: string; layout?: string };
  /** A gap-map cell's entities. */
  cell?: { key: string; nodes: readonly string[] };
}

/** Which local layout the view asks for (the first that applies: step, gap cell, path, focus). */
export const localTarget = (
  graph: KnowledgeGraph,
  visible: VisibleSubgraph,
  input: TargetInput,
): LocalTarget | null => {
  const shown = (ids: readonly string[]) => ids.filter((id) => visible.nodes.has(id));
  const columns = (key: string, ids: readonly string[]): LocalTarget => {
    const nodes = new Set(ids);
    const edges = new Set(
      [...visible.edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))),
    );
    return { kind: 'columns', key, layout: layeredPositions(graph, nodes, edges) };
  };
  const step = input.step;
  const stepLayout = (layout: string | undefined): LocalTarget | null => {
    const nodes = step ? shown(step.nodes) : [];
    if (!step || nodes.length < 2) return null;
    if (layout === 'layered') return columns(`step:${step.key}`, nodes);
    const start = step.select && nodes.includes(step.select) ? step.select : nodes[0]!;
    const { levels, parents } = distanceLevels(graph, visible, start, nodes.length, new Set(nodes));
    const fallback = columns(`step:${step.key}`, nodes);
    return {
      kind: 'rings',
      key: `step:${step.key}`,
      anchor: start,
      levels,
      parents,
      labelled: levels.length,
      ...(fallback.kind === 'columns' ? { columns: fallback.layout } : {}),
    };
  };
  if (input.cell && shown(input.cell.nodes).length > 1)
    return columns(`cell:${input.cell.key}`, shown(input.cell.nodes));
  if (step?.layout === 'layered' || step?.layout === 'concentric') return stepLayout(step.layout);
  if (input.path && shown(input.path).length > 1) {
    const order = shown(input.path);
    const extra = step ? shown(step.nodes).filter((id) => !order.includes(id)) : [];
    const key = `path:${order.join(',')}${step ? `:${step.key}` : ''}`;
    return { kind: 'lanes', key, order, ...(extra.length > 0 ? { extra } : {}) };
  }
  if (input.focus && visible.nodes.has(input.focus.id)) {
    const { id, depth } = input.focus;
    const { levels, parents } = distanceLevels(graph, visible, id, depth);
    return { kind: 'rings', key: `focus:${id}:${depth}`, anchor: id, levels, parents, labelled: 1 };
  }
  if (step && step.layout !== 'default' && step.layout !== 'force') return stepLayout(undefined);
  return null;
};
