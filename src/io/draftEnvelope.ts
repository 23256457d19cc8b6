import { uniqueDraftId } from '../model/draftIds';
import { storySchema, type Story } from '../model/storySchema';

/**
 * The stored value of the lecturer's stories: `{ version, savedAt, stories: [...] }`. Read story by
 * story: one bad story is set aside with its reason and the others load. Version 1 stories had no
 * audience or summary; version 2 (current) has both.
 */
export const CURRENT_VERSION = 2;

type Migration = (story: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Record<number, Migration> = {
  1: (story) => ({ audience: 'Not stated', summary: 'Saved before stories had summaries.', ...story }),
};

/** A story that could not be read, as stored, with the format version it was stored in. */
export interface DamagedItem {
  item: unknown;
  version: number;
  title: string;
  reason: string;
}

export type EnvelopeRead =
  /** Nothing in it can be read as stories (not JSON, another shape, an impossible or newer version). */
  | { kind: 'unreadable'; reason: string }
  | { kind: 'stories'; version: number; drafts: Story[]; damaged: DamagedItem[]; renamed: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a version number cannot be read, or undefined when it can (1 … CURRENT_VERSION). */
export const versionProblem = (version: unknown): string | undefined => {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return `its format version (${JSON.stringify(version)?.slice(0, 40)}) is not a version this app ever wrote`;
  if (version > CURRENT_VERSION)
    return `it was written by a newer version of this app (format ${version}; this one reads up to ${CURRENT_VERSION})`;
  return undefined;
};

/** Brings a stored story up to the current format: at most CURRENT_VERSION − 1 steps. */
export const migrate = (item: unknown, version: number): unknown => {
  if (!isRecord(item) || versionProblem(version)) return item;
  let story = item;
  for (let v = version; v < CURRENT_VERSION; v++) story = MIGRATIONS[v]?.(story) ?? story;
  return story;
};

export const titleOf = (item: unknown): string =>
  isRecord(item) && typeof item.title === 'string' && item.title.trim() ? item.title.trim() : '(untitled)';

/** "steps.2.caption: must not be empty" for the first thing wrong with a stored story. */
export const storyProblem = (item: unknown): string | undefined => {
  if (!isRecord(item)) return `it is not a story (${item === null ? 'null' : typeof item})`;
  const parsed = storySchema.safeParse(item);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

export const readEnvelope = (raw: string): EnvelopeRead => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'the saved data is damaged (not JSON)' };
  }
  if (!isRecord(json) || !Array.isArray(json.stories))
    return { kind: 'unreadable', reason: 'the saved data is not in a format this app understands' };
  const problem = versionProblem(json.version);
  if (problem) return { kind: 'unreadable', reason: problem };
  const version = json.version as number;
  const drafts: Story[] = [];
  const damaged: DamagedItem[] = [];
  const renamed: string[] = [];
  const ids = new Set<string>();
  for (const item of json.stories as unknown[]) {
    const story = migrate(item, version);
    const reason = storyProblem(story);
    if (reason) {
      damaged.push({ item, version, title: titleOf(item), reason });
      continue;
    }
    const parsed = storySchema.parse(story);
    // Two stories with one id would be edited (and deleted) together: the later one gets a new id.
    if (ids.has(parsed.id)) {
      parsed.id = uniqueDraftId(parsed.title, ids);
      renamed.push(parsed.title);
    }
    ids.add(parsed.id);
    drafts.push(parsed);
  }
  return { kind: 'stories', version, drafts, damaged, renamed };
};
