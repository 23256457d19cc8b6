import type { Story } from '../../model/storySchema';
import { useViewStore } from '../../state/store';

/** With no story playing, the stories to start (in both windows at once). */
export const StoryChooser = ({ stories }: { stories: Story[] }) => {
  const playStory = useViewStore((s) => s.playStory);
  return (
    <section className="console-chooser" aria-labelledby="console-choose">
      <h2 id="console-choose">No story is playing. Start one:</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <button type="button" onClick={() => playStory(story.id)}>
              {story.title}
            </button>{' '}
            <span className="muted">{story.steps.length} steps</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
