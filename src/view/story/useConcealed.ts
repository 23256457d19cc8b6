import { useMemo } from 'react';
import { useViewStore } from '../../state/store';
import { useStory } from './useStory';

/** The relation a quiz step hides until it is revealed. */
export const useConcealed = (): string[] | undefined => {
  const current = useStory();
  const revealed = useViewStore((s) => s.quizRevealed);
  const hide = current?.step.quiz?.hide;
  return useMemo(() => (hide && !revealed ? [hide] : undefined), [hide, revealed]);
};
