import * as z from 'zod/mini';
import { flagSchema, type Flag } from '../model/audit/flags';

/**
 * A reader's evidence flags, kept in localStorage per dataset under a versioned envelope (the
 * patterns of draftStorage.ts): every flag validated on its own, so that one damaged flag never
 * costs the others; what cannot be read is copied aside and reported, never dropped silently.
 */
export const FLAGS_VERSION = 1;
export const flagsKey = (dataset: string): string => `msc-review-graph:flags:${dataset}`;

const envelopeSchema = z.object({ version: z.number(), flags: z.array(z.unknown()) });

export interface LoadedFlags {
  flags: Flag[];
  notices: string[];
}

const keepCopy = (storage: Storage, key: string, raw: string, why: string): string => {
  const copy = `${key}:backup-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    storage.setItem(copy, raw);
  } catch {
    return `${why} A copy could not be kept (storage full); the data is still under "${key}".`;
  }
  return `${why} A copy was kept in this browser under "${copy}".`;
};

export const loadFlags = (storage: Storage, dataset: string): LoadedFlags => {
  const key = flagsKey(dataset);
  const raw = storage.getItem(key);
  if (raw === null) return { flags: [], notices: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      flags: [],
      notices: [keepCopy(storage, key, raw, 'Your evidence flags could not be read (damaged data).')],
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  const version = envelope.success ? envelope.data.version : NaN;
  if (!envelope.success || !Number.isInteger(version) || version < 1 || version > FLAGS_VERSION)
    return {
      flags: [],
      notices: [
        keepCopy(
          storage,
          key,
          raw,
          envelope.success && version > FLAGS_VERSION
            ? `Your evidence flags were written by a newer version of this app (format ${version}).`
            : 'Your evidence flags are not in a format this version understands.',
        ),
      ],
    };
  const flags: Flag[] = [];
  let rejected = 0;
  for (const item of envelope.data.flags) {
    const parsed = flagSchema.safeParse(item);
    if (parsed.success) flags.push(parsed.data);
    else rejected += 1;
  }
  const notices =
    rejected > 0
      ? [keepCopy(storage, key, raw, `${rejected} saved evidence flag(s) could not be read.`)]
      : [];
  return { flags, notices };
};

/** Writes the flags; returns a message when the browser refuses (storage full), so the reader is told. */
export const saveFlags = (storage: Storage, dataset: string, flags: readonly Flag[]): string | undefined => {
  try {
    storage.setItem(
      flagsKey(dataset),
      JSON.stringify({ version: FLAGS_VERSION, savedAt: new Date().toISOString(), flags }),
    );
    return undefined;
  } catch (error) {
    return `Your evidence flags could not be saved in this browser: ${(error as Error).message}. Export the audit patch to keep them.`;
  }
};
