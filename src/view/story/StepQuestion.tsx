import { choicesOf } from '../../model/quiz/pick';
import type { QuestionSpec } from '../../model/quiz/questionTypes';
import { answerKey } from '../../state/sittingAnswers';
import { useViewStore } from '../../state/store';
import { QuestionVerdict } from './QuestionVerdict';
import './stepQuestion.css';

interface Props {
  question: QuestionSpec;
  storyId: string;
  step: number;
}

/**
 * A step's multiple-choice question: the choices in a stable order (the answer not always first);
 * once one is chosen, whether it was right, what decides it, and the sitting's score.
 */
export const StepQuestion = ({ question, storyId, step }: Props) => {
  const key = answerKey(storyId, step);
  const chosen = useViewStore((s) => s.answers[key]);
  const answer = useViewStore((s) => s.answerQuestion);
  const choices = choicesOf(question.answer, question.distractors, question.prompt);
  const state = (c: string) =>
    !chosen ? undefined : c === question.answer ? 'right' : c === chosen.choice ? 'wrong' : undefined;
  return (
    <div className="step-question" role="group" aria-label="Question">
      <p>
        <strong>Question:</strong> {question.prompt}
      </p>
      <ol className="question-choices" type="A">
        {choices.map((c) => (
          <li key={c}>
            <button
              type="button"
              disabled={!!chosen}
              aria-pressed={chosen?.choice === c}
              className={state(c)}
              onClick={() => answer(key, c, c === question.answer)}
            >
              {c}
              {state(c) === 'right' && <span className="sr-only"> (the answer)</span>}
            </button>
          </li>
        ))}
      </ol>
      {chosen && <QuestionVerdict question={question} right={chosen.right} storyId={storyId} />}
    </div>
  );
};
