import type { SerializedGraph } from 'graphology-types';
import type { Story } from '../model/storySchema';
import type { DatasetSchema } from '../model/vocabulary/datasetSchema';

/**
 * The graph of a dataset as the formats read and write it: the fields of `EntityAttributes`,
 * `RelationAttributes` and `EvidenceItem` (src/model/types.ts) with their ids as plain strings, checked
 * against the dataset's schema instead of compiled-in enums, plus `original`.
 *
 * `original` holds the attributes a foreign file gave an element, verbatim and under their own names
 * (every one of them, including those that `label`, `type` and `relation` were derived from), except
 * positions, which go to `positions`. Our own fields are never duplicated into it. Writers put its
 * entries back as attributes of their own.
 */
export type OriginalAttributes = Record<string, unknown>;

export interface DatasetEvidence {
  quote: string;
  section: string;
  refs: number[];
  level: string;
  certainty?: string;
  involves?: string[];
  with?: string[];
  measured_in?: string[];
  species?: string;
  model?: string;
  route?: string;
  design?: string;
  country?: string;
  dose?: string;
  treatments?: string;
  donor?: string;
  follow_up?: string;
  participants?: number;
  outcome?: string;
  notes?: string;
  warnings?: string[];
}

export interface DatasetNode {
  type: string;
  label: string;
  aliases: string[];
  description: string;
  group?: string;
  broader?: string;
  warnings: string[];
  family?: string;
  ref?: number;
  authors?: string;
  title?: string;
  journal?: string;
  year?: number;
  volume_pages?: string;
  pmid?: string;
  doi?: string;
  annotation?: string;
  pmid_trusted?: boolean;
  duplicate_of?: number;
  original?: OriginalAttributes;
}

export interface DatasetEdge {
  relation: string;
  evidence: DatasetEvidence[];
  original?: OriginalAttributes;
}

export interface DatasetGraphAttributes {
  title: string;
  citation: string;
  doi: string;
  /** Groups per entity type, in display order (for a foreign file: its compound parents). */
  groups: Partial<Record<string, { id: string; label: string }[]>>;
  original?: OriginalAttributes;
}

export type SerializedDatasetGraph = SerializedGraph<DatasetNode, DatasetEdge, DatasetGraphAttributes>;

/** Node positions; a null-prototype object, so ids such as `__proto__` are plain keys. */
export type DatasetPositions = Record<string, { x: number; y: number }>;

export const READ_FORMATS = ['json', 'graphology', 'jgf', 'cyjs', 'graphml', 'gexf', 'csv'] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];

/** One line of the import report: what, why, and where in the file (`file:line` or `file:item`). */
export interface ReportEntry {
  what: string;
  why: string;
  where?: string;
}

/** A mapping decision: which attribute of the file became which field of ours. */
export interface MappedEntry {
  what: string;
  to: string;
  why: string;
}

/** What an import read, mapped, merged and dropped, and why. */
export interface ImportReport {
  format: ReadFormat;
  /** The file name(s) as given. */
  file: string;
  /** Entities and relations in the imported graph. */
  nodes: number;
  edges: number;
  /** What the file held before anything was merged or dropped. */
  read: { nodes: number; edges: number; positions: number; stories: number };
  mapped: MappedEntry[];
  merged: ReportEntry[];
  dropped: ReportEntry[];
  /** Kept, but worth knowing (self-loops, markup in labels, nodes created for edges, …). */
  problems: ReportEntry[];
}

/** What every reader returns on success. */
export interface ImportedDataset {
  format: ReadFormat;
  /** The file's own schema (our formats) or one inferred from it (foreign files). */
  schema: DatasetSchema;
  graph: SerializedDatasetGraph;
  /** Absent when the file has none: the caller lays the graph out (layoutForImport). */
  positions?: DatasetPositions;
  /** Only our bundle JSON carries stories. */
  stories?: Story[];
  report: ImportReport;
}

export type ReadResult =
  | { ok: true; dataset: ImportedDataset }
  | {
      ok: false;
      /** One line: `<file>:<line or item>: <what is wrong>`. */
      error: string;
      /** True when the reader itself failed (a bug), not the file. Tests assert it never happens. */
      unexpected?: boolean;
    };

/** One file handed to a reader: its name (for messages and detection) and its text. */
export interface TextFile {
  name: string;
  text: string;
}
