import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { OutlineParagraph } from './positions/positionsFile';
import type { QuotePosition } from './positions/locateQuotes';
import type { Story } from './storySchema';
import type { DatasetSchema } from './vocabulary/datasetSchema';

/** One piece of the review's support for a claim. */
export interface EvidenceItem {
  /** The review's sentence or clause, verbatim. Table rows: cells joined by " | ". */
  quote: string;
  /** A section id of the dataset's schema. */
  section: string;
  /** Reference numbers of the review's list, as printed with the statement. */
  refs: number[];
  /** A level id of the dataset's schema; absent in a dataset without levels. */
  level?: string;
  /**
   * How certain the review is: `stated` as a finding; `suggested` ("suggested", "may", "could",
   * "appears"); `proposed` (a prospect or recommendation, not a finding); `contradicted` (the quote
   * reports the opposite or no effect).
   */
  certainty?: string;
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
  outcome?: string;
  notes?: string;
  /** Where the review is wrong or inconsistent at this statement. */
  warnings?: string[];
  /** Where the quote stands in the source (from graph-data/positions.yaml; derived, never curated). */
  at?: QuotePosition;
}

interface BaseEntity {
  /** A type id of the dataset's schema. */
  type: string;
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

/**
 * An entity. Besides the common fields it carries the attributes its type declares in the schema
 * (a strategy's `family`) and, for a graph opened from a foreign file, that file's own attributes.
 */
export type EntityAttributes = BaseEntity & Partial<PaperFields> & { [attribute: string]: unknown };

export interface RelationAttributes {
  /** A relation id of the dataset's schema. */
  relation: string;
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
  groups: Partial<Record<string, GroupInfo[]>>;
  /** The dataset's vocabulary (graph-data/schema.yaml): the one owner of types, relations, levels, sections. */
  schema: DatasetSchema;
  /** The source's paragraphs in reading order (with positions.yaml): what the reader lists. */
  outline?: OutlineParagraph[];
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
