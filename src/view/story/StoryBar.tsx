import { useEffect } from 'react';
import { useDataset, useGraph } from '../../dataset/DatasetContext';
import { revealedLink } from '../../model/quiz/labels';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { Caption } from './Caption';
import { AudienceQr } from '../lazyViews';
import { audienceLink, openPresenterView } from './openPresenterView';
import { StepQuestion } from './StepQuestion';
import { useStory } from './useStory';
import { enterPresentation, leavePresentation, useStoryKeys } from './useStoryKeys';

/** The story overlay: caption, quiz prompt, step counter, progress bar, and the controls. */
export const StoryBar = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const current = useStory();
  const presenting = useViewStore((s) => s.presenting);
  const revealed = useViewStore((s) => s.quizRevealed);
  // With a presenter view open, this window is the audience's: the notes are over there (and
  // until this window has heard whether one is open, they wait).
  const consoleOpen = useViewStore((s) => s.linkedWindows.consoles > 0 || !s.linkedWindows.settled);
  const bundled = useDataset().origin.kind === 'bundled';
  const showQr = useViewStore((s) => s.showQr);
  const { goToStep, stopStory, revealQuiz } = store.getState();
  useStoryKeys(current?.story.steps.length ?? 0, !!current?.step.quiz);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && store.getState().presenting) store.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);
  useEffect(() => {
    if (revealed && current?.step.quiz && graph.hasEdge(current.step.quiz.hide))
      store.getState().selectEdge(current.step.quiz.hide);
  }, [store, revealed, current, graph]);
  if (!current) return null;
  const { story, step, index } = current;
  const total = story.steps.length;
  const quiz = step.quiz;
  const answer = quiz && graph.hasEdge(quiz.hide) ? quiz.hide : undefined;
  return (
    <section className="story-bar" aria-label="Story" aria-live="polite">
      <div
        className="story-progress"
        role="progressbar"
        aria-label="Story progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
      >
        <span style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
      <p className="story-meta">
        <span className="story-title">{story.title}</span> ·{' '}
        <span className="step-counter">
          Step {index + 1} of {total}
        </span>
      </p>
      <h2 className="step-title">{step.title}</h2>
      <p className="step-caption">
        <Caption text={step.caption} />
      </p>
      {quiz && (
        <p className="quiz" role="note">
          {revealed && answer ? (
            <>
              Answer: <strong>{revealedLink(graph, answer)}</strong>
            </>
          ) : (
            <>
              <strong>Predict:</strong> {quiz.prompt ?? 'Which link is hidden here?'}{' '}
              <button type="button" onClick={revealQuiz}>
                Reveal (R)
              </button>
            </>
          )}
        </p>
      )}
      {showQr && index === 0 && <AudienceQr link={audienceLink(window.location)} />}
      {step.question && <StepQuestion question={step.question} storyId={story.id} step={index} />}
      {step.notes && !presenting && !consoleOpen && (
        <details className="presenter-notes">
          <summary>Presenter notes</summary>
          <p>{step.notes}</p>
        </details>
      )}
      <div className="story-controls">
        <button
          type="button"
          onClick={() => goToStep(index - 1)}
          disabled={index === 0}
          aria-label="Previous step"
        >
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => goToStep(index + 1)}
          disabled={index === total - 1}
          aria-label="Next step"
        >
          Next →
        </button>
        {index === 0 && (
          <button type="button" aria-pressed={showQr} onClick={() => store.getState().setShowQr(!showQr)}>
            Link for the class
          </button>
        )}
        <button type="button" onClick={() => store.getState().openOverview(story.id)}>
          Overview (O)
        </button>
        {presenting ? (
          <button type="button" onClick={() => void leavePresentation(store)}>
            Leave presentation (Esc)
          </button>
        ) : (
          <button type="button" onClick={() => void enterPresentation(store)}>
            Present
          </button>
        )}
        {!presenting && bundled && (
          <button type="button" onClick={openPresenterView}>
            Presenter view
          </button>
        )}
        {!presenting && (
          <button type="button" onClick={stopStory}>
            Close story
          </button>
        )}
      </div>
    </section>
  );
};
