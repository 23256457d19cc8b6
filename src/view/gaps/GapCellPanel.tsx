import { useMemo } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { mainFacet } from '../../model/evidenceFacets';
import { claimSentence } from '../../model/claims';
import { gapCandidates } from '../../model/gaps/gapCandidates';
import { cellKey } from '../../model/gaps/gapMatrix';
import { useViewStore } from '../../state/store';
import { EntityLink } from '../common/EntityLink';
import { EvidenceItemView } from '../panels/EvidenceItemView';
import { ReasonView } from './ReasonView';
import { useGapMatrix } from './useGapMatrix';

/** Every evidence item behind one gap-map cell; for an empty cell, why it may be worth testing. */
const GapCellPanel = ({ row, col }: { row: string; col: string }) => {
  const { graph, vocabulary } = useDataset();
  const facet = mainFacet(graph);
  const { matrix, items } = useGapMatrix();
  const selectEdge = useViewStore((s) => s.selectEdge);
  const cell = matrix.cells.get(cellKey(row, col));
  const candidate = useMemo(
    () =>
      cell
        ? undefined
        : gapCandidates(graph, matrix, items, 10_000).find((c) => c.row === row && c.col === col),
    [cell, graph, matrix, items, row, col],
  );
  return (
    <section className="panel gap-cell-panel" aria-labelledby="gap-cell-heading">
      <h2 id="gap-cell-heading">Gap map cell</h2>
      <p className="claim">
        <EntityLink id={row} /> × <EntityLink id={col} />
      </p>
      {cell ? (
        <>
          <p>
            {cell.count} evidence item{cell.count === 1 ? '' : 's'}:{' '}
            {vocabulary.levels
              .filter((l) => (cell.byLevel[l.id] ?? 0) > 0)
              .map((l) => `${cell.byLevel[l.id]} ${l.label.toLowerCase()}`)
              .join(', ')}
            {facet && ` · ${facet.values.map((v) => `${v.label} ${cell.byKind[v.id] ?? 0}`).join(', ')}`}
            {cell.outcomes.length > 0 &&
              ` · outcomes: ${cell.outcomes.map((o) => vocabulary.outcomeLabel(o)).join(', ')}`}
          </p>
          {cell.items.map((entry) => (
            <div key={entry.key} className="gap-item">
              <p className="muted">
                On:{' '}
                {entry.edges.map((e) => (
                  <button key={e} type="button" className="relation-link" onClick={() => selectEdge(e)}>
                    {claimSentence(graph, e)}
                  </button>
                ))}
              </p>
              <EvidenceItemView item={entry.item} />
            </div>
          ))}
        </>
      ) : (
        <>
          <p>No evidence item of the review names both. This is a gap.</p>
          {candidate ? (
            <>
              <p className="hypothesis-note">
                <strong>A hypothesis from the graph, not a finding.</strong> Reasons it may be worth testing:
              </p>
              <ol>
                {candidate.reasons.map((r, i) => (
                  <li key={i}>
                    <ReasonView reason={r} />
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="muted">The graph holds no indirect link between them either.</p>
          )}
        </>
      )}
    </section>
  );
};

export default GapCellPanel;
