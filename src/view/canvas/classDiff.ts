/** What changed between two sets of element ids: the ids to add a class to, and to take it from. */
export interface SetDiff {
  added: string[];
  removed: string[];
}

/**
 * The difference between the ids that had a class (`before`; undefined: none had it) and the ids
 * that should have it now. Reading both sets costs a few microseconds per thousand ids; the class
 * changes, which cost Cytoscape a style update each, are then only the ones that really change.
 */
export const setDiff = (before: ReadonlySet<string> | undefined, after: ReadonlySet<string>): SetDiff => {
  const added: string[] = [];
  const removed: string[] = [];
  if (before === after) return { added, removed };
  for (const id of after) if (!before?.has(id)) added.push(id);
  if (before) for (const id of before) if (!after.has(id)) removed.push(id);
  return { added, removed };
};
