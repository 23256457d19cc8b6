import { useGraph } from '../../dataset/DatasetContext';
import { questionEvidence } from '../../model/quiz/questionEvidence';
import type { QuestionSpec } from '../../model/quiz/questionTypes';
import { sittingAnswers } from '../../state/sittingAnswers';
import { useViewStore } from '../../state/store';
import { Citation } from '../panels/Citation';

interface Props {
  question: QuestionSpec;
  right: boolean;
  storyId: string;
}

/** After an answer: right or not, the quotes of the review that decide it with their references, the score. */
export const QuestionVerdict = ({ question, right, storyId }: Props) => {
  const graph = useGraph();
  const answers = useViewStore((s) => s.answers);
  const sitting = sittingAnswers(answers, storyId);
  const score = sitting.filter((a) => a.right).length;
  const evidence = questionEvidence(graph, question);
  const refs = [...new Set(evidence.flatMap((e) => e.refs))].sort((a, b) => a - b);
  return (
    <div className="question-verdict" role="status">
      <p className={right ? 'verdict right' : 'verdict wrong'}>
        {right ? 'Right.' : 'Not this one.'} The answer: <strong>{question.answer}</strong>
      </p>
      {evidence.length > 0 && (
        <ul className="question-evidence">
          {evidence.map((e) => (
            <li key={e.quote}>
              “{e.quote}” <span className="muted">§ {e.section}</span>
            </li>
          ))}
        </ul>
      )}
      {refs.length > 0 && (
        <ol className="citations question-refs">
          {refs.map((n) => (
            <Citation key={n} number={n} />
          ))}
        </ol>
      )}
      <p className="muted">
        Score this sitting: {score} of {sitting.length}
      </p>
    </div>
  );
};
