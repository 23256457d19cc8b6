import * as z from 'zod/mini';
import { storySchema, type Story } from '../model/storySchema';

/**
 * The lecturer's own stories, kept in localStorage under a versioned envelope.
 * Version 1 stories had no audience or summary; version 2 (current) has both.
 * Nothing is ever dropped silently: what cannot be read is copied aside and reported.
 */
export const STORAGE_KEY = 'msc-review-graph:stories';
export const CURRENT_VERSION = 2;

const envelopeSchema = z.object({ version: z.number(), stories: z.array(z.unknown()) });

type Migration = (story: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Record<number, Migration> = {
  1: (story) => ({ audience: 'Not stated', summary: 'Saved before stories had summaries.', ...story }),
};

export interface LoadedDrafts {
  drafts: Story[];
  /** What the reader should be told (unreadable data, what was set aside and where). */
  notices: string[];
}

const keepCopy = (storage: Storage, raw: string, why: string): string => {
  const key = `${STORAGE_KEY}:backup-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    storage.setItem(key, raw);
  } catch {
    return `${why} A copy could not be kept (storage full); the data is still under "${STORAGE_KEY}".`;
  }
  return `${why} A copy was kept in this browser under "${key}".`;
};

export const loadDrafts = (storage: Storage): LoadedDrafts => {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { drafts: [], notices: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      drafts: [],
      notices: [keepCopy(storage, raw, 'Your saved stories could not be read (the saved data is damaged).')],
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      drafts: [],
      notices: [keepCopy(storage, raw, 'Your saved stories are not in a format this version understands.')],
    };
  }
  const { version } = envelope.data;
  if (version > CURRENT_VERSION) {
    return {
      drafts: [],
      notices: [
        keepCopy(
          storage,
          raw,
          `Your saved stories were written by a newer version of this app (format ${version}).`,
        ),
      ],
    };
  }
  const drafts: Story[] = [];
  const rejected: string[] = [];
  for (const item of envelope.data.stories) {
    let story = item as Record<string, unknown>;
    for (let v = version; v < CURRENT_VERSION; v++) story = MIGRATIONS[v]?.(story) ?? story;
    const parsed = storySchema.safeParse(story);
    if (parsed.success) drafts.push(parsed.data);
    else rejected.push(typeof story.title === 'string' ? story.title : '(untitled)');
  }
  const notices =
    rejected.length > 0
      ? [keepCopy(storage, raw, `Some saved stories could not be read: ${rejected.join(', ')}.`)]
      : [];
  return { drafts, notices };
};

/** Writes the drafts; returns an error message if the browser refuses (for example, storage is full). */
export const saveDrafts = (storage: Storage, drafts: readonly Story[]): string | undefined => {
  try {
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: CURRENT_VERSION, savedAt: new Date().toISOString(), stories: drafts }),
    );
    return undefined;
  } catch (error) {
    return `Your stories could not be saved in this browser: ${(error as Error).message}. Export them to keep them.`;
  }
};
