import { useViewStore } from '../state/store';
import { RecoverStories } from './story/RecoverStories';

/**
 * Short messages (ignored URL parameters, layout progress), dismissible; above them, the notice of
 * its own kind about the lecturer's saved stories, which the short ones can never push out.
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
            <p key={n.id} className="notice">
              {n.text}{' '}
              <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(n.id)}>
                ×
              </button>
            </p>
          ))}
        </div>
      )}
    </div>
  );
};
