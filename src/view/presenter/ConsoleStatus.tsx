import { useViewStore } from '../../state/store';

/** Whether the audience window hears this one: the presenter must know before the class does. */
export const ConsoleStatus = () => {
  const audiences = useViewStore((s) => s.linkedWindows.audiences);
  return (
    <p className={audiences > 0 ? 'console-status linked' : 'console-status'} role="status">
      {audiences > 0
        ? 'Linked to the audience window: keys and buttons here move it.'
        : 'No audience window is open on this graph in this browser. Open the app in another window to present there.'}
    </p>
  );
};
