import type { SubgraphFilter } from '../model/visibleSubgraph';
import type { Vocabulary } from '../model/vocabulary/vocabulary';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export type LayoutName = 'default' | 'force' | 'layered' | 'concentric';
export type ViewName = 'graph' | 'gaps';
export type SidePanel = 'details' | 'paths' | 'references' | 'list' | 'stories';

export const LAYOUT_NAMES: readonly LayoutName[] = ['default', 'force', 'layered', 'concentric'];
export const VIEW_NAMES: readonly ViewName[] = ['graph', 'gaps'];
export const SIDE_PANELS: readonly SidePanel[] = ['details', 'paths', 'references', 'list', 'stories'];

/** The filters of the view: which types, levels, facet values, sections and relation kinds are shown. */
export interface Filters extends SubgraphFilter {
  types: string[];
  facets: Record<string, string>;
  sections: string[];
  relations: string[];
  certainty: string[];
}

export interface Focus {
  id: string;
  depth: number;
}

export interface Notice {
  id: number;
  text: string;
  /** Stays until dismissed (warnings about saved work); other notices expire. */
  persistent?: boolean;
}

export interface NoticeOptions {
  persistent?: boolean;
}

/** Everything drawn, every level, every facet value, every section, relation and certainty. */
export const defaultFilters = (vocabulary: Vocabulary): Filters => ({
  types: vocabulary.drawnTypes.map((t) => t.id),
  facets: {},
  sections: [],
  relations: [],
  certainty: [],
  hideIsolated: false,
});

/** The facet choices with `facet` set to `value`, or cleared for 'all'. */
export const facetValue = (
  facets: Readonly<Record<string, string>>,
  facet: string,
  value: string,
): Record<string, string> => {
  const others = Object.fromEntries(Object.entries(facets).filter(([id]) => id !== facet));
  return value === 'all' ? others : { ...others, [facet]: value };
};

export const MAX_FOCUS_DEPTH = 3;
