import { ENTITY_TYPE_IDS, type EntityType } from '../model/entityTypes';
import type { Level, Section } from '../model/evidence';
import type { Relation } from '../model/relations';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export type TherapyFilter = 'all' | 'cells' | 'vesicles';
export type LayoutName = 'default' | 'force' | 'layered' | 'concentric';
export type ViewName = 'graph' | 'gaps';
export type SidePanel = 'details' | 'paths' | 'references' | 'list' | 'stories';

export interface Filters {
  /** Entity types shown on the canvas. */
  types: EntityType[];
  /** Weakest evidence level still shown: 'review' shows everything. */
  minLevel: Level;
  therapy: TherapyFilter;
  /** Review sections whose evidence is shown; empty means all. */
  sections: Section[];
  /** Relation kinds shown; empty means all. */
  relations: Relation[];
  hideIsolated: boolean;
}

export interface Focus {
  id: string;
  depth: number;
}

export interface Notice {
  id: number;
  text: string;
}

export const DEFAULT_TYPES: EntityType[] = ENTITY_TYPE_IDS.filter((t) => t !== 'paper');

export const DEFAULT_FILTERS: Filters = {
  types: DEFAULT_TYPES,
  minLevel: 'review',
  therapy: 'all',
  sections: [],
  relations: [],
  hideIsolated: false,
};

export const MAX_FOCUS_DEPTH = 3;
