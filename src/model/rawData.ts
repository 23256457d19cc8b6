import type { PositionsFile } from './positions/positionsFile';
import type { EntityRecord, GroupsRecord, PaperRecord, RelationRecord } from './recordSchemas';
import type { Story } from './storySchema';
import type { DatasetSchema } from './vocabulary/datasetSchema';

/** Where a record came from, and how to find the line of one of its fields. */
export interface Origin {
  file: string;
  line: number;
  /** Line of a nested field (`['evidence', 2, 'refs']`), or the record's line. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export interface Located<T> {
  value: T;
  origin: Origin;
}

export type TypedEntityRecord = EntityRecord & { type: string };

/** Everything read from graph-data/, schema-checked record by record, not yet cross-checked. */
export interface RawGraphData {
  /** The dataset's vocabulary (schema.yaml), checked and normalised. */
  schema: DatasetSchema;
  groups: GroupsRecord;
  entities: Located<TypedEntityRecord>[];
  papers: Located<PaperRecord>[];
  relations: Located<RelationRecord>[];
  stories: Located<Story>[];
  /** graph-data/positions.yaml, when the dataset has one: where each quote stands in the source. */
  positions?: Located<PositionsFile>;
}
