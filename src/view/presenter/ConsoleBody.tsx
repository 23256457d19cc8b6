import { plainCaption } from '../../model/storyHandout';
import type { Story, StoryStep } from '../../model/storySchema';
import { useViewStore } from '../../state/store';
import { PresenterTimer } from './PresenterTimer';
import { StepAnswer } from './StepAnswer';
import { StepPreview } from './StepPreview';

interface Props {
  current: { story: Story; step: StoryStep; index: number };
}

/** The console's working area: now, notes, next, and the controls a clicker also sends. */
export const ConsoleBody = ({ current: { story, step, index } }: Props) => {
  const goToStep = useViewStore((s) => s.goToStep);
  const stopStory = useViewStore((s) => s.stopStory);
  const total = story.steps.length;
  const next = story.steps[index + 1];
  return (
    <div className="console-body">
      <section className="console-now" aria-labelledby="console-now-title">
        <p className="console-counter">
          Step {index + 1} of {total}
        </p>
        <StepPreview step={step} label={`Step ${index + 1}: ${step.title}`} />
        <h2 id="console-now-title">{step.title}</h2>
        <p className="console-caption">{plainCaption(step.caption)}</p>
        <StepAnswer step={step} />
      </section>
      <section className="console-notes" aria-labelledby="console-notes-title">
        <h2 id="console-notes-title">Notes</h2>
        {step.notes ? <p>{step.notes}</p> : <p className="muted">No notes for this step.</p>}
      </section>
      <aside className="console-next" aria-labelledby="console-next-title">
        <h2 id="console-next-title">Next</h2>
        {next ? (
          <>
            <StepPreview step={next} label={`Step ${index + 2}: ${next.title}`} />
            <p>{next.title}</p>
          </>
        ) : (
          <p className="muted">This is the last step.</p>
        )}
        <PresenterTimer storyId={story.id} index={index} total={total} />
      </aside>
      <nav className="console-controls" aria-label="Step controls">
        <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => goToStep(index + 1)} disabled={!next}>
          Next →
        </button>
        <button type="button" onClick={stopStory}>
          End story
        </button>
      </nav>
    </div>
  );
};
