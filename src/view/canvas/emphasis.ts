import type { KnowledgeGraph } from '../../model/types';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { neighbourhood } from '../../model/visibleSubgraph';
import type { Focus, Selection } from '../../state/viewTypes';

export interface Emphasis {
  selected: Set<string>;
  neighbour: Set<string>;
  path: Set<string>;
  concealed: Set<string>;
  /** What a spotlight (story step, reference, gap cell) brings forward: always labelled. */
  spot: Set<string>;
  /** Elements to keep bright; everything else visible is faded. Undefined: fade nothing. */
  keep?: Set<string>;
}

export interface EmphasisInput {
  selection: Selection;
  focus: Focus | null;
  /** Node and edge ids of the highlighted path, if any. */
  pathElements?: readonly string[];
  /** Extra elements to keep bright (a reference's claims, a gap-map cell). */
  spotlight?: readonly string[];
  /** Relations hidden for a quiz until revealed. */
  concealed?: readonly string[];
}

/** Which elements are selected, neighbours, on a path, or faded, from the view state. */
export const emphasis = (graph: KnowledgeGraph, visible: VisibleSubgraph, input: EmphasisInput): Emphasis => {
  const selected = new Set<string>();
  const neighbour = new Set<string>();
  const path = new Set(input.pathElements ?? []);
  let keep: Set<string> | undefined;
  const keepAll = (ids: Iterable<string>) => {
    keep ??= new Set();
    for (const id of ids) keep.add(id);
  };

  const sel = input.selection;
  if (sel?.kind === 'node' && graph.hasNode(sel.id)) {
    selected.add(sel.id);
    graph.forEachEdge(sel.id, (key, _a, source, target) => {
      if (!visible.edges.has(key)) return;
      neighbour.add(key).add(source === sel.id ? target : source);
    });
  } else if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) {
    selected.add(sel.id);
    neighbour.add(graph.source(sel.id)).add(graph.target(sel.id));
  }

  if (input.focus && graph.hasNode(input.focus.id)) {
    const nodes = neighbourhood(graph, visible, input.focus.id, input.focus.depth);
    keepAll(nodes);
    graph.forEachEdge((key, _a, source, target) => {
      if (visible.edges.has(key) && nodes.has(source) && nodes.has(target)) keepAll([key]);
    });
  }
  if (path.size > 0) keepAll(path);
  if (input.spotlight && input.spotlight.length > 0) keepAll(input.spotlight);
  // Focus, paths and spotlights fade everything they do not keep; a plain selection dims what is
  // not its neighbourhood, so the neighbourhood stands out.
  // Within a path or spotlight, the selection's other neighbours stay in the background.
  const narrowed: Set<string> | undefined = input.focus ? undefined : keep;
  if (narrowed) for (const id of [...neighbour]) if (!narrowed.has(id)) neighbour.delete(id);
  keepAll([...selected, ...neighbour]);
  if (keep?.size === 0) keep = undefined;
  return {
    selected,
    neighbour,
    path,
    keep,
    concealed: new Set(input.concealed ?? []),
    spot: new Set(input.spotlight ?? []),
  };
};
