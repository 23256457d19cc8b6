import { useDataset } from '../../dataset/DatasetContext';
import { findStory } from '../../model/storyView';
import type { Story, StoryStep } from '../../model/storySchema';
import { useViewStore } from '../../state/store';

/** The story being played, its current step, and whether it is one of the lecturer's drafts. */
export const useStory = (): { story: Story; step: StoryStep; index: number; isDraft: boolean } | null => {
  const { stories } = useDataset();
  const position = useViewStore((s) => s.story);
  const drafts = useViewStore((s) => s.drafts);
  if (!position) return null;
  const story = findStory(stories, drafts, position.id);
  const step = story?.steps[position.step];
  if (!story || !step) return null;
  return { story, step, index: position.step, isDraft: drafts.some((d) => d.id === story.id) };
};
