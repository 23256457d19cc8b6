import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityType } from './entityTypes';
import type { Certainty, Level, Outcome, Section, StrategyFamily } from './evidence';
import type { Relation } from './relations';
import type { Story } from './storySchema';

/** One piece of the review's support for a claim. */
export interface EvidenceItem {
  /** The review's sentence or clause, verbatim. Table rows: cells joined by " | ". */
  quote: string;
  section: Section;
  /** Reference numbers of the review's list, as printed with the statement. */
  refs: number[];
  level: Level;
  /**
   * How certain the review is: `stated` as a finding; `suggested` ("suggested", "may", "could",
   * "appears"); `proposed` (a prospect or recommendation, not a finding); `contradicted` (the quote
   * reports the opposite or no effect).
   */
  certainty?: Certainty;
  /** Further entities the quote names besides the edge's two ends (used by the gap map). */
  involves?: string[];
  /** Other agents given together with the edge's source (co-treatments, co-priming). */
  with?: string[];
  /** Where the effect was measured (a cell or tissue), when it is not the edge's target itself. */
  measured_in?: string[];
  species?: string;
  model?: string;
  route?: string;
  design?: string;
  country?: string;
  dose?: string;
  /** Number of treatments (Table 1). */
  treatments?: string;
  /** Autologous / allogeneic (Table 1). */
  donor?: string;
  follow_up?: string;
  participants?: number;
  outcome?: Outcome;
  notes?: string;
  /** Where the review is wrong or inconsistent at this statement. */
  warnings?: string[];
}

interface BaseEntity {
  type: EntityType;
  label: string;
  aliases: string[];
  description: string;
  /** A group from graph-data/groups.yaml (organ system for diseases, class for factors, …). */
  group?: string;
  /** A broader entity of the same type: BM-MSCs → MSCs, severe COVID-19 → COVID-19. */
  broader?: string;
  warnings: string[];
}

export interface PaperFields {
  ref: number;
  authors: string;
  title: string;
  journal?: string;
  year?: number;
  /** Volume, issue and pages as printed. */
  volume_pages?: string;
  pmid?: string;
  doi?: string;
  /** The review's own "of interest" annotation, as printed. */
  annotation?: string;
  /** Derived by the loader: false when the PMID is shared with a different paper or flagged. */
  pmid_trusted: boolean;
  /** Another reference number that is the same paper. */
  duplicate_of?: number;
}

export type EntityAttributes = BaseEntity & { family?: StrategyFamily } & Partial<PaperFields>;

export interface RelationAttributes {
  relation: Relation;
  evidence: EvidenceItem[];
}

export interface GroupInfo {
  id: string;
  label: string;
}

export interface GraphAttributes {
  title: string;
  citation: string;
  doi: string;
  /** Groups per entity type, in display order. */
  groups: Partial<Record<EntityType, GroupInfo[]>>;
}

export type KnowledgeGraph = Graph<EntityAttributes, RelationAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Node positions of the default layout, computed at build time. */
export type Positions = Record<string, { x: number; y: number }>;

/** What the build ships to the browser. */
export interface GraphBundle {
  graph: SerializedKnowledgeGraph;
  positions: Positions;
  /** The shipped guided stories (graph-data/stories), already validated. */
  stories: Story[];
}
