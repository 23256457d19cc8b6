import { useGraph } from '../../dataset/DatasetContext';
import { revealedLink } from '../../model/quiz/labels';
import type { StoryStep } from '../../model/storySchema';
import { useViewStore } from '../../state/store';

/**
 * What the presenter should know before the class does: the hidden link of a quiz step, or the
 * answer of a step's question, with whether the audience has been shown it and a button to show it.
 */
export const StepAnswer = ({ step }: { step: StoryStep }) => {
  const graph = useGraph();
  const revealed = useViewStore((s) => s.quizRevealed);
  const reveal = useViewStore((s) => s.revealQuiz);
  const { quiz, question } = step;
  if (!quiz && !question) return null;
  const hidden = quiz && graph.hasEdge(quiz.hide) ? quiz.hide : undefined;
  return (
    <section className="console-answer" aria-label="Answer">
      <h3>{quiz ? 'Hidden link' : 'Question'}</h3>
      {quiz && <p className="muted">Asked: {quiz.prompt ?? 'Which link is hidden here?'}</p>}
      {hidden && <p className="console-answer-text">{revealedLink(graph, hidden)}</p>}
      {question && (
        <>
          <p className="muted">Asked: {question.prompt}</p>
          <p className="console-answer-text">{question.answer}</p>
          <p className="muted">Wrong answers offered: {question.distractors.join(' · ')}</p>
        </>
      )}
      {quiz &&
        (revealed ? (
          <p className="console-revealed">Shown to the audience.</p>
        ) : (
          <p>
            <span className="console-hidden">Not shown to the audience yet.</span>{' '}
            <button type="button" onClick={reveal}>
              Reveal to audience (R)
            </button>
          </p>
        ))}
    </section>
  );
};
