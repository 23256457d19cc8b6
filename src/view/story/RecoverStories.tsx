import { useContext, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DatasetContext } from '../../dataset/DatasetContext';
import type { DamagedValue } from '../../io/draftStorage';
import { dismissRecovery, discardValue, repairValue, useDraftRecovery } from '../../state/draftRecovery';
import { ViewStoreContext } from '../../state/store';
import { downloadBlob } from '../common/download';
import './recoverStories.css';

/** Texts from storage can be huge: what a notice shows of them. */
const short = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const fileName = (value: DamagedValue) =>
  `saved-stories-${value.key.replace(/^.*backup-/, '').replace(/[^a-zA-Z0-9-]+/g, '-')}.json`;

/** One damaged value: what is wrong, and Download / Try to repair / Discard (confirmed). */
const DamagedEntry = ({
  value,
  repaired,
  shippedIds,
}: {
  value: DamagedValue;
  repaired: string | undefined;
  shippedIds: readonly string[];
}) => {
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const store = useContext(ViewStoreContext);
  const repair = () => {
    if (!store) return;
    const result = repairValue(value.key, shippedIds, store);
    setFailed(!result);
    if (result && result.lossless)
      store
        .getState()
        .notify(
          `Repaired ${result.stories.map((s) => `“${short(s.title, 60)}”`).join(', ')}: see My stories, and replace the placeholders.`,
        );
  };
  return (
    <li>
      <strong>{short(value.title, 80)}</strong>: {short(value.reason)}.
      {value.held && ' It could not be copied aside, so it is only where your stories are saved.'}
      {repaired && <span> {repaired}</span>}
      {failed && <span> Nothing in it can be read as a story: download it to keep it.</span>}
      {confirming ? (
        <span className="recover-actions">
          Discard it for good? This cannot be undone.
          <button type="button" onClick={() => discardValue(value.key)}>
            Discard for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <span className="recover-actions">
          <button
            type="button"
            onClick={() =>
              downloadBlob(new Blob([value.text], { type: 'application/json' }), fileName(value))
            }
          >
            Download it
          </button>
          {!repaired && !failed && (
            <button type="button" onClick={repair}>
              Try to repair
            </button>
          )}
          <button type="button" onClick={() => setConfirming(true)}>
            Discard…
          </button>
        </span>
      )}
    </li>
  );
};

export interface RecoverStoriesNoticeProps {
  damaged: readonly DamagedValue[];
  repaired: Readonly<Record<string, string>>;
  holdSaves: boolean;
  saveError: string | null;
  shippedIds: readonly string[];
}

/** The notice itself, from its state (RecoverStories reads that from useDraftRecovery). */
export const RecoverStoriesNotice = ({
  damaged,
  repaired,
  holdSaves,
  saveError,
  shippedIds,
}: RecoverStoriesNoticeProps) => {
  if (damaged.length === 0 && !saveError) return null;
  const count = damaged.length;
  return (
    <section className="recover-stories" role="alert" aria-label="Saved stories">
      {count > 0 && (
        <h2>
          {count === 1
            ? '1 saved story could not be read: it is'
            : `${count} saved stories could not be read: they are`}{' '}
          kept in this browser
        </h2>
      )}
      {count > 0 && (
        <ul>
          {damaged.map((value) => (
            <DamagedEntry
              key={value.key}
              value={value}
              repaired={repaired[value.key]}
              shippedIds={shippedIds}
            />
          ))}
        </ul>
      )}
      {holdSaves && (
        <p>
          Your changes are not being saved until the story above is downloaded, repaired or discarded (there
          is no room to copy it aside). Export your stories to keep them.
        </p>
      )}
      {saveError && <p>{short(saveError, 300)}</p>}
      <button
        type="button"
        className="recover-dismiss"
        aria-label="Dismiss saved-stories notice"
        onClick={dismissRecovery}
      >
        ×
      </button>
    </section>
  );
};

/**
 * The persistent notice about the lecturer's saved stories: damaged values (kept; download, repair or
 * discard each), saving held back, a failed save. A notice of its own kind: the short notices can never
 * push it out; dismissed, it comes back on the next load (or the next failed save).
 *
 * Mount it once in the app shell, next to <Notices />, inside the dataset's providers (it reads the
 * shipped story ids from it, so that repaired stories never take one; outside it, only drafts' ids are
 * avoided), in the same tree as the component that calls useDraftPersistence().
 */
export const RecoverStories = () => {
  const state = useDraftRecovery(
    useShallow((s) => ({
      damaged: s.damaged,
      repaired: s.repaired,
      holdSaves: s.holdSaves,
      saveError: s.saveError,
      dismissed: s.dismissed,
    })),
  );
  const loaded = useContext(DatasetContext);
  const shippedIds = useMemo(() => (loaded ? loaded.stories.map((s) => s.id) : []), [loaded]);
  useEffect(() => {
    useDraftRecovery.setState((s) => ({ mounted: s.mounted + 1 }));
    return () => useDraftRecovery.setState((s) => ({ mounted: s.mounted - 1 }));
  }, []);
  return state.dismissed ? null : <RecoverStoriesNotice {...state} shippedIds={shippedIds} />;
};
