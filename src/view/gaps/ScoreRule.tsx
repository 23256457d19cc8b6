import { useVocabulary } from '../../dataset/DatasetContext';
import { scoreRule } from '../../model/gaps/scoreExplanation';

/** "How the score works": the rule in words, with this dataset's level weights. */
export const ScoreRule = () => {
  const v = useVocabulary();
  return (
    <details className="score-rule">
      <summary>How the score works</summary>
      <ul>
        {scoreRule(v).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
};
