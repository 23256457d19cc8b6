/** The graph key of an edge: one edge per (source, relation, target) claim. */
export const edgeKey = (from: string, relation: string, to: string): string => `${from}--${relation}--${to}`;

/** The id of reference number `ref` when references are entities of `type` (`paper/72`). */
export const referenceKey = (type: string, ref: number): string => `${type}/${ref}`;

/** The type prefix of an entity id (`factor/vegf` → `factor`). */
export const typeOfId = (id: string): string => id.slice(0, id.indexOf('/'));
