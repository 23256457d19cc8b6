import type { Relation } from './relations';

/** The graph key of an edge: one edge per (source, relation, target) claim. */
export const edgeKey = (from: string, relation: Relation, to: string): string =>
  `${from}--${relation}--${to}`;

export const paperId = (ref: number): string => `paper/${ref}`;

/** The type prefix of an entity id (`factor/vegf` → `factor`). */
export const typeOfId = (id: string): string => id.slice(0, id.indexOf('/'));
