import { useDataset } from '../../dataset/DatasetContext';
import { useViewStore } from '../../state/store';
import { usePresenterLink } from '../../state/usePresenterLink';
import { useStory } from '../story/useStory';
import { useStoryKeys } from '../story/useStoryKeys';
import { ConsoleBody } from './ConsoleBody';
import { ConsoleStatus } from './ConsoleStatus';
import { StoryChooser } from './StoryChooser';
import { useConsoleStart } from './useConsoleStart';
import './presenter.css';

/**
 * The presenter's own window (`?console=1`): the step on the projector, its notes and answer, the
 * next step, and the time. It moves with the audience window and moves it, through the presenter
 * link; the same keys and clicker work in both.
 */
const PresenterConsole = () => {
  useConsoleStart();
  usePresenterLink('console');
  const current = useStory();
  useStoryKeys(current?.story.steps.length ?? 0, !!current?.step.quiz);
  const { stories } = useDataset();
  const drafts = useViewStore((s) => s.drafts);
  return (
    <div className="presenter-console">
      <header className="console-header">
        <h1>Presenter view{current && <span className="muted"> · {current.story.title}</span>}</h1>
        <ConsoleStatus />
      </header>
      {current ? <ConsoleBody current={current} /> : <StoryChooser stories={[...stories, ...drafts]} />}
    </div>
  );
};
export default PresenterConsole;
