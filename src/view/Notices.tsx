import { useEffect, useState } from 'react';
import { NOTICE_TTL_MS } from '../state/notices';
import { useViewStore } from '../state/store';
import type { Notice } from '../state/viewTypes';
import { RecoverStories } from './story/RecoverStories';

/** One notice: expires after a while (not while hovered or focused) unless it is persistent. */
const NoticeItem = ({ notice, dismiss }: { notice: Notice; dismiss: (id: number) => void }) => {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (notice.persistent || held) return undefined;
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_TTL_MS);
    return () => clearTimeout(timer);
  }, [notice, held, dismiss]);
  return (
    <p
      className={notice.persistent ? 'notice persistent' : 'notice'}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {notice.text}{' '}
      <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </p>
  );
};

/**
 * Short messages (ignored URL parameters, saved steps, failed imports), stacked newest last. They
 * expire; warnings about saved work are persistent and stay until dismissed. Above them, the notice
 * of its own kind about the lecturer's saved stories, which the short ones can never push out. They
 * sit in the canvas's top column below the focus bar, so they never cover its controls.
 */
export const Notices = () => {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  return (
    <div className="notices">
      <RecoverStories />
      {notices.length > 0 && (
        <div role="alert">
          {notices.map((n) => (
            <NoticeItem key={n.id} notice={n} dismiss={dismiss} />
          ))}
        </div>
      )}
    </div>
  );
};
