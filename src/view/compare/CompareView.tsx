import { useMemo } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { comparisonCsv, comparisonStep } from '../../model/compare/compareExport';
import { comparable, compareNeighbourhoods } from '../../model/compare/compareNeighbourhoods';
import { addStep, createDraft } from '../../state/draftEdits';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { EntityLink } from '../common/EntityLink';
import { LevelBadge } from '../common/LevelBadge';
import { downloadBlob } from '../common/download';
import { ComparePicker } from './ComparePicker';
import { useCompareClasses } from './useCompareClasses';

const SHARE_LABEL = { shared: 'Shared', some: 'Some', unique: 'Only one' } as const;

/**
 * Two or three entities side by side: their neighbours by relation kind, shared first, each with
 * its strongest level and evidence count; drawn on the canvas; as CSV or as a story step.
 */
const CompareView = () => {
  const { graph, vocabulary: v, stories } = useDataset();
  const store = useViewStoreApi();
  const ids = useViewStore((s) => s.compare);
  const narrower = useViewStore((s) => s.compareNarrower);
  const problem = comparable(graph, ids);
  const comparison = useMemo(
    () => (problem ? null : compareNeighbourhoods(graph, ids, { narrower })),
    [graph, ids, narrower, problem],
  );
  useCompareClasses(comparison);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const addAsStep = () => {
    if (!comparison) return;
    const s = store.getState();
    const step = comparisonStep(graph, comparison);
    const target =
      s.editingDraft && s.drafts.some((d) => d.id === s.editingDraft) ? s.editingDraft : undefined;
    if (target) s.setDrafts(addStep(s.drafts, target, step));
    else {
      const taken = new Set([...stories.map((x) => x.id), ...s.drafts.map((x) => x.id)]);
      const drafts = createDraft(s.drafts, taken, 'My story', step);
      s.setDrafts(drafts);
      store.setState({ editingDraft: drafts.at(-1)!.id });
    }
    s.notify('The comparison was added as a story step (see the Stories tab).');
  };
  const counts = comparison && {
    shared: new Set(comparison.rows.filter((r) => r.share === 'shared').map((r) => r.neighbour)).size,
    only: comparison.ids.map(
      (_id, k) => comparison.rows.filter((r) => r.share === 'unique' && r.links[k]).length,
    ),
  };
  return (
    <section className="compare-view" aria-label="Compare view">
      <h2>Compare</h2>
      <ComparePicker key={ids.join(',')} />
      {comparison && counts && (
        <>
          <p role="status">
            {comparison.ids.map(label).join(' vs ')}: {counts.shared} shared neighbour
            {counts.shared === 1 ? '' : 's'};{' '}
            {comparison.ids.map((id, k) => `${counts.only[k]} links only ${label(id)} has`).join(', ')}.
          </p>
          <div className="gap-controls">
            <label>
              <input
                type="checkbox"
                checked={narrower}
                onChange={(e) => store.getState().setCompare(ids, e.target.checked)}
              />{' '}
              Count narrower entities
            </label>
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  new Blob([comparisonCsv(graph, comparison)], { type: 'text/csv' }),
                  `compare-${ids.map((id) => id.split('/').at(-1)).join('-vs-')}.csv`,
                )
              }
            >
              CSV
            </button>
            <button type="button" onClick={addAsStep}>
              Add as story step
            </button>
            <button type="button" onClick={() => store.getState().setCompare([])}>
              Clear
            </button>
          </div>
          <table className="evidence-table compare-table" aria-label="Neighbours side by side">
            <thead>
              <tr>
                <th scope="col">Relation</th>
                <th scope="col">Neighbour</th>
                <th scope="col">Share</th>
                {comparison.ids.map((id) => (
                  <th key={id} scope="col">
                    {label(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((r) => (
                <tr key={`${r.relation}|${r.direction}|${r.neighbour}`} className={`share-${r.share}`}>
                  <td>{r.direction === 'out' ? v.verb(r.relation) : `${v.verb(r.relation)} (by)`}</td>
                  <td>
                    <EntityLink id={r.neighbour} />
                  </td>
                  <td>{SHARE_LABEL[r.share]}</td>
                  {r.links.map((link, k) => (
                    <td key={k}>
                      {link ? (
                        <>
                          {link.level && <LevelBadge level={link.level} />} {link.evidence} item
                          {link.evidence === 1 ? '' : 's'}
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
};

export default CompareView;
