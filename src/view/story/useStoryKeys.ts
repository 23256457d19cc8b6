import { useEffect } from 'react';
import { useViewStoreApi, type ViewStoreApi } from '../../state/store';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Story keys, as a presentation clicker sends them: → Space PageDown next (on a quiz step the
 * first press reveals the answer), ← PageUp previous, Home and End, R reveals, Escape leaves
 * presentation mode.
 */
export const useStoryKeys = (stepCount: number, hasQuiz: boolean): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const s = store.getState();
      if (!s.story || isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const step = s.story.step;
      const go = (n: number) => {
        event.preventDefault();
        if (n >= 0 && n < stepCount && n !== step) s.goToStep(n);
      };
      switch (event.key) {
        case 'ArrowRight':
        case ' ':
        case 'PageDown':
          if (hasQuiz && !s.quizRevealed) {
            event.preventDefault();
            s.revealQuiz();
          } else go(step + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(step - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(stepCount - 1);
          break;
        case 'r':
        case 'R':
          if (hasQuiz) s.revealQuiz();
          break;
        case 'Escape':
          if (s.presenting) {
            event.preventDefault();
            void leavePresentation(store);
          }
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, stepCount, hasQuiz]);
};

/** Full screen with the chrome hidden; leaving full screen (Escape, F11) leaves presentation mode. */
export const enterPresentation = async (store: ViewStoreApi): Promise<void> => {
  store.getState().setPresenting(true);
  try {
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    // Full screen can be refused (no user gesture, or not allowed): the chrome-less mode still works.
  }
};

export const leavePresentation = async (store: ViewStoreApi): Promise<void> => {
  store.getState().setPresenting(false);
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
};
