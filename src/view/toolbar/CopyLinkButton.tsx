import { useViewStoreApi } from '../../state/store';

/** Copies the current URL (which encodes the whole view) to the clipboard. */
export const CopyLinkButton = () => {
  const store = useViewStoreApi();
  const copy = async () => {
    const { notify } = store.getState();
    try {
      await navigator.clipboard.writeText(window.location.href);
      notify('Link to this view copied.');
    } catch {
      notify(`Copy this link: ${window.location.href}`);
    }
  };
  return (
    <button type="button" onClick={() => void copy()}>
      Copy link
    </button>
  );
};
