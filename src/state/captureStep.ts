import type { StepView, StoryStep } from '../model/storySchema';
import type { KnowledgeGraph } from '../model/types';
import { vocabOf } from '../model/vocabOf';
import type { UrlView } from './urlState';
import { defaultFilters } from './viewTypes';

/** What a step can capture: the view the URL carries, outside a story. */
export type CapturableView = Omit<UrlView, 'story' | 'presenting'>;

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The current view as a story step, with a title and a caption to edit (drafted from what is selected). */
export const captureStep = (graph: KnowledgeGraph, v: CapturableView): StoryStep => {
  const view: StepView = {};
  const focus = new Set<string>();
  if (v.focus) {
    focus.add(v.focus.id);
    view.depth = v.focus.depth;
  }
  if (v.selection?.kind === 'node') focus.add(v.selection.id);
  if (v.selection?.kind === 'edge') {
    view.edges = [v.selection.id];
    focus.add(graph.source(v.selection.id)).add(graph.target(v.selection.id));
  }
  if (v.selection) view.select = v.selection.id;
  if (v.path) {
    view.path = [v.path.from, v.path.to];
    focus.add(v.path.from).add(v.path.to);
  }
  if (focus.size > 0) view.focus = [...focus];
  if (view.depth && view.focus && view.focus.length !== 1) delete view.depth;
  const f = v.filters;
  const vocabulary = vocabOf(graph);
  if (!same(f.types, defaultFilters(vocabulary).types)) view.types = [...f.types];
  if (f.minLevel !== undefined && f.minLevel !== vocabulary.weakest) view.minLevel = f.minLevel;
  if (Object.keys(f.facets).length > 0) view.facets = { ...f.facets };
  if (f.sections.length > 0) view.sections = [...f.sections];
  if (f.relations.length > 0) view.relations = [...f.relations];
  if (f.hideIsolated) view.hideIsolated = true;
  if (f.certainty.length > 0) view.certainty = [...f.certainty];
  if (v.layout !== 'default') view.layout = v.layout;
  if (v.ref !== null) view.ref = v.ref;
  if (v.view === 'gaps')
    view.gaps = {
      rows: v.gapRows,
      cols: v.gapCols,
      ...(v.gapCell ? { cell: [v.gapCell.row, v.gapCell.col] as [string, string] } : {}),
    };
  if (v.panel !== 'details' && v.panel !== 'stories') view.panel = v.panel;
  return { title: draftTitle(graph, v), caption: 'Describe in your own words what this view shows.', view };
};

const label = (graph: KnowledgeGraph, id: string) => graph.getNodeAttribute(id, 'label');

const draftTitle = (graph: KnowledgeGraph, v: CapturableView): string => {
  if (v.view === 'gaps' && v.gapCell)
    return `${label(graph, v.gapCell.row)} × ${label(graph, v.gapCell.col)}`;
  if (v.view === 'gaps') return 'The gap map';
  if (v.path) return `From ${label(graph, v.path.from)} to ${label(graph, v.path.to)}`;
  if (v.selection?.kind === 'edge') {
    const e = v.selection.id;
    const relation = graph.getEdgeAttribute(e, 'relation');
    return `${label(graph, graph.source(e))} ${vocabOf(graph).relation(relation)?.verb ?? relation} ${label(graph, graph.target(e))}`;
  }
  if (v.selection?.kind === 'node') return label(graph, v.selection.id);
  if (v.ref !== null) return `What reference ${v.ref} supports`;
  return 'Overview';
};
