import { storySchema, type Story } from '../model/storySchema';
import { keepBackup, listBackups } from './draftBackups';
import { CURRENT_VERSION, readEnvelope, storyProblem, titleOf, type EnvelopeRead } from './draftEnvelope';

export { CURRENT_VERSION } from './draftEnvelope';

/**
 * The lecturer's own stories, kept in localStorage under a versioned envelope and read story by story.
 * Nothing is ever dropped silently: what cannot be read is kept (a copy under BACKUP_PREFIX, or, when
 * no copy can be made, left where it is with saving held back) and listed as damaged, to download,
 * repair or discard.
 */
export const STORAGE_KEY = 'msc-review-graph:stories';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup-`;

/** A damaged saved value, and where it is kept. */
export interface DamagedValue {
  /** Where it is kept: its backup key, or `STORAGE_KEY#n` when no copy could be made (see `held`). */
  key: string;
  /** No copy could be made: it is only in STORAGE_KEY, which saving would overwrite. */
  held: boolean;
  /** The stored text, as it was (what "Download" saves). */
  text: string;
  /** The story's title, or how many stories the value holds. */
  title: string;
  /** What is wrong with it. */
  reason: string;
}

export interface LoadedDrafts {
  drafts: Story[];
  damaged: DamagedValue[];
  /**
   * True when damaged data is kept only under STORAGE_KEY (a copy could not be made): saving the drafts
   * would overwrite it, so saving waits until it is downloaded, repaired or discarded.
   */
  holdSaves: boolean;
  /** Things the reader should know that need no action (stories renamed because their ids clashed). */
  notices: string[];
}

const describe = (read: EnvelopeRead): { title: string; reason: string } => {
  if (read.kind === 'unreadable') return { title: 'Your saved stories', reason: read.reason };
  const [first, ...rest] = read.damaged;
  if (first && rest.length === 0) return { title: first.title, reason: first.reason };
  const count = read.damaged.length + read.drafts.length;
  return {
    title: `${count} saved ${count === 1 ? 'story' : 'stories'}`,
    reason: first ? `${first.title}: ${first.reason}` : 'an earlier copy of saved stories',
  };
};

/** What the reader is told about one kept value, recomputed from its text on every load. */
const damagedValue = (key: string, text: string, held = false): DamagedValue => ({
  key,
  held,
  text,
  ...describe(readEnvelope(text)),
});

/** The text of a one-story envelope: a backup is in the same format as what it came from. */
const single = (version: number, item: unknown) => JSON.stringify({ version, stories: [item] });

export const loadDrafts = (storage: Storage): LoadedDrafts => {
  const raw = storage.getItem(STORAGE_KEY);
  const held: DamagedValue[] = [];
  const keep = (text: string) => {
    if (!keepBackup(storage, BACKUP_PREFIX, text).kept)
      held.push(damagedValue(`${STORAGE_KEY}#${held.length + 1}`, text, true));
  };
  let drafts: Story[] = [];
  const notices: string[] = [];
  if (raw !== null) {
    const read = readEnvelope(raw);
    if (read.kind === 'unreadable') keep(raw);
    else {
      drafts = read.drafts;
      for (const d of read.damaged) keep(single(d.version, d.item));
      if (read.renamed.length > 0)
        notices.push(
          `Two saved stories had the same id; renamed so each can be edited on its own: ${read.renamed.join(', ')}.`,
        );
    }
  }
  const backups = listBackups(storage, BACKUP_PREFIX).map((b) => damagedValue(b.key, b.text));
  return { drafts, damaged: [...held, ...backups], holdSaves: held.length > 0, notices };
};

/** Why a draft cannot be saved ("“My story”: steps.1.caption: must not be empty"), if it cannot. */
export const draftProblem = (draft: Story): string | undefined => {
  if (storySchema.safeParse(draft).success) return undefined;
  return `“${titleOf(draft)}”: ${storyProblem(draft)}`;
};

/**
 * Writes the drafts; returns an error message if it must not or cannot: a draft its own schema would
 * reject is never written (the stored version stays), nor anything when the browser refuses (storage full).
 */
export const saveDrafts = (storage: Storage, drafts: readonly Story[]): string | undefined => {
  const invalid = drafts.map(draftProblem).find((p) => p !== undefined);
  if (invalid) return `Your stories were not saved: ${invalid}. The last saved version is kept.`;
  try {
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: CURRENT_VERSION, savedAt: new Date().toISOString(), stories: drafts }),
    );
    return undefined;
  } catch (error) {
    return `Your stories could not be saved in this browser (${(error as Error).message}). They are kept in this tab: export them to keep them.`;
  }
};

/**
 * Removes a damaged value's copy. A held one (only in STORAGE_KEY) goes with the next save, which is
 * also what removes a backed-up story from STORAGE_KEY: call saveDrafts after this.
 */
export const discardDamaged = (storage: Storage, value: DamagedValue): void => {
  if (!value.held) storage.removeItem(value.key);
};
