import { useGraph } from '../../dataset/DatasetContext';
import { LevelBadge } from '../common/LevelBadge';
import { useViewStore } from '../../state/store';
import { ReasonView } from './ReasonView';
import { useGapCandidates, useGapMatrix } from './useGapMatrix';

/** Candidate gaps (hypotheses) and thin spots of the current pairing, each opening its cell. */
const GapLists = () => {
  const { thin, matrix, items } = useGapMatrix();
  const candidates = useGapCandidates(matrix, items);
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
        {!candidates && <p className="loading">Looking for indirect links…</p>}
        <ol className="candidate-list">
          {(candidates ?? []).map((c) => (
            <li key={`${c.row}|${c.col}`}>
              <button
                type="button"
                className="relation-link"
                onClick={() => select({ row: c.row, col: c.col })}
              >
                {label(c.row)} × {label(c.col)}
              </button>{' '}
              <span className="muted">score {c.score.toFixed(2)}</span>
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
