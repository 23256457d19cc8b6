import { create } from 'zustand';
import { repairDamaged, type RepairResult } from '../io/draftRepair';
import { discardDamaged, type DamagedValue } from '../io/draftStorage';
import type { ViewStoreApi } from './store';

/**
 * What the reader must know about their saved stories until they act on it: damaged values (kept, to
 * download, repair or discard), saving held back, a failed save. Its own small store, not the notice
 * list: nothing else can push it out, and it is not view state (no URL, no undo).
 */
export interface DraftRecoveryState {
  /** The browser storage the drafts live in (set by useDraftPersistence). */
  storage: Storage | null;
  damaged: DamagedValue[];
  /** Repairs that left the damaged original in place (it lost something): key → what was done. */
  repaired: Record<string, string>;
  /** Damaged data is only under the drafts' own key: saving waits until it is resolved. */
  holdSaves: boolean;
  /** The last save's failure, until a save succeeds. */
  saveError: string | null;
  dismissed: boolean;
  /** Incremented to ask useDraftPersistence to save now (after a discard or a repair). */
  saveRequests: number;
  /** How many RecoverStories panels are mounted (the fallback notice is used when none is). */
  mounted: number;
}

export const useDraftRecovery = create<DraftRecoveryState>(() => ({
  storage: null,
  damaged: [],
  repaired: {},
  holdSaves: false,
  saveError: null,
  dismissed: false,
  saveRequests: 0,
  mounted: 0,
}));

const remove = (key: string) => {
  const s = useDraftRecovery.getState();
  const value = s.damaged.find((d) => d.key === key);
  if (!value) return;
  if (s.storage) discardDamaged(s.storage, value);
  const damaged = s.damaged.filter((d) => d !== value);
  const { [key]: _done, ...repaired } = s.repaired;
  useDraftRecovery.setState({
    damaged,
    repaired,
    holdSaves: damaged.some((d) => d.held),
    saveRequests: s.saveRequests + 1,
  });
};

/** Discards a damaged value for good (the panel asks for confirmation first). */
export const discardValue = (key: string): void => remove(key);

/**
 * Repairs a damaged value into drafts. A lossless repair also removes the damaged copy; otherwise it
 * stays until discarded. Undefined when nothing in it can be read as a story.
 */
export const repairValue = (
  key: string,
  shippedIds: readonly string[],
  store: ViewStoreApi,
): RepairResult | undefined => {
  const value = useDraftRecovery.getState().damaged.find((d) => d.key === key);
  if (!value) return undefined;
  const view = store.getState();
  const taken = new Set([...shippedIds, ...view.drafts.map((d) => d.id)]);
  const result = repairDamaged(value.text, taken, view.drafts);
  if (!result) return undefined;
  view.setDrafts([...view.drafts, ...result.stories], { undoable: true });
  const titles = result.stories.map((s) => `“${s.title}”`).join(', ');
  if (result.lossless) remove(key);
  else
    useDraftRecovery.setState((s) => ({
      repaired: {
        ...s.repaired,
        [key]: `Repaired as ${titles}; the damaged original is kept until you discard it.`,
      },
    }));
  return result;
};

export const dismissRecovery = (): void => useDraftRecovery.setState({ dismissed: true });
