import type { StepView, Story } from './storySchema';
import type { KnowledgeGraph } from './types';

/** What a step asks the view to be; the caller merges it into the store. */
export interface AppliedStep {
  selection: { kind: 'node' | 'edge'; id: string } | null;
  focus: { id: string; depth: number } | null;
  filters: {
    types?: string[];
    minLevel?: string;
    facets: Record<string, string>;
    sections: string[];
    relations: string[];
    hideIsolated?: boolean;
    certainty: string[];
  };
  path: { from: string; to: string } | null;
  ref: number | null;
  view: 'graph' | 'gaps';
  gapRows?: string;
  gapCols?: string;
  gapCell: { row: string; col: string } | null;
  panel: 'details' | 'paths' | 'references' | 'list';
  layout?: 'default' | 'layered' | 'concentric' | 'force';
  /** Ids the camera should fit ('all' = everything visible; null = do not move). */
  camera: string[] | 'all' | null;
}

/** Turns a step's declarative view into view state (defaults for anything the step leaves out). */
export const applyStepView = (graph: KnowledgeGraph, v: StepView): AppliedStep => {
  const select = v.select ?? (v.focus?.length === 1 ? v.focus[0] : undefined);
  const selection = select
    ? { kind: graph.hasEdge(select) ? ('edge' as const) : ('node' as const), id: select }
    : null;
  const focusIds = [
    ...(v.focus ?? []),
    ...(v.edges ?? []).flatMap((e) => (graph.hasEdge(e) ? [e, graph.source(e), graph.target(e)] : [])),
  ];
  return {
    selection,
    focus: v.depth && v.focus?.length === 1 ? { id: v.focus[0]!, depth: v.depth } : null,
    filters: {
      ...(v.types ? { types: v.types } : {}),
      ...(v.minLevel ? { minLevel: v.minLevel } : {}),
      facets: { ...v.facets },
      sections: v.sections ?? [],
      relations: v.relations ?? [],
      ...(v.hideIsolated ? { hideIsolated: true } : {}),
      certainty: v.certainty ?? [],
    },
    path: v.path ? { from: v.path[0], to: v.path[1] } : null,
    ref: v.ref ?? null,
    view: v.gaps ? 'gaps' : 'graph',
    ...(v.gaps ? { gapRows: v.gaps.rows, gapCols: v.gaps.cols } : {}),
    gapCell: v.gaps?.cell ? { row: v.gaps.cell[0], col: v.gaps.cell[1] } : null,
    panel: v.panel ?? (v.path ? 'paths' : v.ref ? 'references' : 'details'),
    ...(v.layout ? { layout: v.layout } : {}),
    camera:
      v.camera === 'keep'
        ? null
        : v.camera === 'all' || focusIds.length === 0
          ? 'all'
          : [...new Set(focusIds)],
  };
};

/** The entities and relations a step brings forward (kept bright on the canvas). */
export const stepSpotlight = (graph: KnowledgeGraph, v: StepView): string[] => {
  const ids = new Set<string>(v.focus ?? []);
  for (const e of v.edges ?? []) {
    if (!graph.hasEdge(e)) continue;
    ids.add(e).add(graph.source(e)).add(graph.target(e));
  }
  if (v.select && (graph.hasNode(v.select) || graph.hasEdge(v.select))) ids.add(v.select);
  return [...ids];
};

export const findStory = (
  stories: readonly Story[],
  drafts: readonly Story[],
  id: string,
): Story | undefined => drafts.find((s) => s.id === id) ?? stories.find((s) => s.id === id);
