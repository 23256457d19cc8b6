import { useGraph } from '../../dataset/DatasetContext';
import { explainCandidate } from '../../model/gaps/scoreExplanation';
import { useViewStore } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';
import { ReasonView } from './ReasonView';
import { ScoreRule } from './ScoreRule';
import { useCandidateGroups } from './useCandidates';
import { useGapMatrix } from './useGapMatrix';

/** Candidate gaps (hypotheses, one per hypothesis with its narrower cells) and thin spots, each opening its cell. */
const GapLists = () => {
  const { thin, matrix, items } = useGapMatrix();
  const groups = useCandidateGroups(matrix, items);
  const graph = useGraph();
  const select = useViewStore((s) => s.selectGapCell);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return (
    <div className="panel gap-lists">
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">Candidate gaps</h2>
        <p className="hypothesis-note">
          <strong>Hypotheses generated from the review's graph, not findings.</strong> Each empty cell below
          is linked indirectly: a chain of statements of the review, a related row or column, or the cell or
          vesicle version of the same therapy. Check every step's evidence.
        </p>
        <ScoreRule />
        {!groups && <p className="loading">Looking for indirect links…</p>}
        <ol className="candidate-list">
          {(groups ?? []).slice(0, 30).map(({ lead: c, narrower }) => (
            <li key={`${c.row}|${c.col}`}>
              <button
                type="button"
                className="relation-link"
                onClick={() => select({ row: c.row, col: c.col })}
              >
                {label(c.row)} × {label(c.col)}
              </button>{' '}
              <span className="muted" title={explainCandidate(c)}>
                score {c.score.toFixed(2)}
              </span>
              <p className="muted score-line">Score: {explainCandidate(c)}</p>
              {narrower.length > 0 && (
                <p className="narrower-list">
                  {/* The text names only the side that differs; the name a screen reader hears names the cell. */}
                  The same hypothesis for narrower cells:{' '}
                  {narrower.map((n, i) => (
                    <span key={`${n.row}|${n.col}`}>
                      {i > 0 && ', '}
                      <button
                        type="button"
                        className="relation-link"
                        aria-label={`${label(n.row)} × ${label(n.col)}`}
                        onClick={() => select({ row: n.row, col: n.col })}
                      >
                        {n.row === c.row
                          ? label(n.col)
                          : n.col === c.col
                            ? label(n.row)
                            : `${label(n.row)} × ${label(n.col)}`}
                      </button>
                    </span>
                  ))}
                </p>
              )}
              <ul>
                {c.reasons.slice(0, 2).map((r, i) => (
                  <li key={i}>
                    <ReasonView reason={r} compact />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="thin-heading">
        <h2 id="thin-heading">Thin spots</h2>
        <p className="muted">
          Cells with evidence that is fragile: a single item, only in vitro or review statements, or outcomes
          that disagree.
        </p>
        <ul className="thin-list">
          {thin.slice(0, 40).map(({ cell, reasons }) => (
            <li key={`${cell.row}|${cell.col}`}>
              <button
                type="button"
                className="relation-link"
                onClick={() => select({ row: cell.row, col: cell.col })}
              >
                {label(cell.row)} × {label(cell.col)}
              </button>{' '}
              <LevelBadge level={cell.level} /> <span className="muted">{reasons.join(' · ')}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
};

export default GapLists;
