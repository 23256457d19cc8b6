import { useDataset } from '../../dataset/DatasetContext';
import { mainFacet } from '../../model/evidenceFacets';
import { claimSentence } from '../../model/claims';
import { allNodes } from '../../model/gaps/axisTree';
import { groupCandidates } from '../../model/gaps/candidateGroups';
import { cellItems } from '../../model/gaps/cellSummary';
import { cellKey, emptyCell, summarise } from '../../model/gaps/gapMatrix';
import { cellTyping, GAP_TYPE_LABELS } from '../../model/gaps/gapType';
import { explainCandidate } from '../../model/gaps/scoreExplanation';
import { useViewStore } from '../../state/store';
import { EntityLink } from '../common/EntityLink';
import { EvidenceItemView } from '../panels/EvidenceItemView';
import { CellSummary } from './CellSummary';
import { ReasonView } from './ReasonView';
import { ScoreRule } from './ScoreRule';
import { cellCandidate, contextFor } from './useCandidates';
import { useGapMatrix } from './useGapMatrix';

/**
 * One gap-map cell, open or folded: its type, the statements and distinct references behind it by
 * reference and level, every statement; for an empty cell, why it may be worth testing (or, for a
 * folded cell, the candidate gaps inside it). Escape closes it.
 */
const GapCellPanel = ({ row, col }: { row: string; col: string }) => {
  const { graph, vocabulary } = useDataset();
  const facet = mainFacet(graph);
  const { matrix, items, forests } = useGapMatrix();
  const selectEdge = useViewStore((s) => s.selectEdge);
  const select = useViewStore((s) => s.selectGapCell);
  const node = (forest: typeof forests.rows, id: string) => allNodes(forest).find((n) => n.id === id);
  const rowNode = node(forests.rows, row);
  const colNode = node(forests.cols, col);
  const rowMembers = rowNode?.kind === 'group' ? rowNode.members : [row];
  const colMembers = colNode?.kind === 'group' ? colNode.members : [col];
  const cell = (() => {
    const list = cellItems(items, rowMembers, colMembers);
    if (list.length === 0) return undefined;
    const c = emptyCell(vocabulary, vocabulary.schema.facets[0]?.values.map((x) => x.id) ?? [], row, col);
    c.items.push(...list);
    summarise(vocabulary, c);
    return c;
  })();
  const typing = cellTyping(cell, vocabulary);
  const ctx = contextFor(graph, matrix, items);
  const single =
    rowMembers.length === 1 && colMembers.length === 1 && graph.hasNode(row) && graph.hasNode(col);
  const inside = (() => {
    if (cell) return [];
    if (single) {
      const c = matrix.cells.has(cellKey(row, col)) ? undefined : cellCandidate(ctx, row, col);
      return c ? [{ lead: c, narrower: [], score: c.score }] : [];
    }
    const found = rowMembers.flatMap((r) =>
      colMembers.map((c) => cellCandidate(ctx, r, c)).filter((x) => !!x),
    );
    return groupCandidates(graph, found).slice(0, 10);
  })();
  const name = (id: string, n: typeof rowNode) =>
    graph.hasNode(id) ? <EntityLink id={id} /> : <strong>{n?.label ?? id}</strong>;
  return (
    <section className="panel gap-cell-panel" aria-labelledby="gap-cell-heading">
      <h2 id="gap-cell-heading">Gap map cell</h2>
      <p className="claim">
        {name(row, rowNode)} × {name(col, colNode)}
        <button
          type="button"
          className="close-cell"
          aria-label="Close this cell (Escape)"
          onClick={() => select(null)}
        >
          ×
        </button>
      </p>
      <p className={`gap-type-line type-${typing.type}`}>
        <span className={`gap-swatch type-${typing.type}`} aria-hidden="true" />{' '}
        <strong>{GAP_TYPE_LABELS[typing.type].label}</strong>: {GAP_TYPE_LABELS[typing.type].description}
        {typing.notes.length > 0 && ` (${typing.notes.join('; ')})`}
      </p>
      {cell ? (
        <>
          <p>
            {cell.count} evidence statement{cell.count === 1 ? '' : 's'} from {typing.references} distinct
            reference
            {typing.references === 1 ? '' : 's'}:{' '}
            {vocabulary.levels
              .filter((l) => (cell.byLevel[l.id] ?? 0) > 0)
              .map((l) => `${cell.byLevel[l.id]} ${l.label.toLowerCase()}`)
              .join(', ')}
            {facet && ` · ${facet.values.map((v) => `${v.label} ${cell.byKind[v.id] ?? 0}`).join(', ')}`}
            {cell.outcomes.length > 0 &&
              ` · outcomes: ${cell.outcomes.map((o) => vocabulary.outcomeLabel(o)).join(', ')}`}
          </p>
          <CellSummary items={cell.items} />
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
              <EvidenceItemView item={entry.item} edge={entry.edges[0]} />
            </div>
          ))}
        </>
      ) : (
        <>
          <p>No evidence item of the review names both. This is a gap.</p>
          {inside.length > 0 ? (
            <>
              <p className="hypothesis-note">
                <strong>A hypothesis from the graph, not a finding.</strong>{' '}
                {single ? 'Reasons it may be worth testing:' : 'Candidate gaps inside this folded cell:'}
              </p>
              <ScoreRule />
              {inside.map(({ lead, narrower }) => (
                <div key={`${lead.row}|${lead.col}`} className="cell-candidate">
                  {!single && (
                    <p>
                      <button
                        type="button"
                        className="relation-link"
                        onClick={() => select({ row: lead.row, col: lead.col })}
                      >
                        {graph.getNodeAttribute(lead.row, 'label')} ×{' '}
                        {graph.getNodeAttribute(lead.col, 'label')}
                      </button>
                      {narrower.length > 0 && (
                        <span className="muted"> (and {narrower.length} narrower)</span>
                      )}
                    </p>
                  )}
                  <p className="muted">Score: {explainCandidate(lead)}</p>
                  <ol>
                    {lead.reasons.map((r, i) => (
                      <li key={i}>
                        <ReasonView reason={r} compact={!single} />
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
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
