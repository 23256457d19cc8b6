import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { summariseByReference } from '../../model/gaps/cellSummary';
import type { GapItem } from '../../model/gaps/gapItems';
import { referenceId } from '../../model/vocabOf';
import { LevelBadge } from '../common/LevelBadge';

/** A cell's evidence grouped by reference and level: which studies stand behind the count. */
export const CellSummary = ({ items }: { items: readonly GapItem[] }) => {
  const graph = useGraph();
  const v = useVocabulary();
  const refs = summariseByReference(v, items);
  const name = (ref: number) => {
    const id = referenceId(graph, ref);
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : `Reference ${ref}`;
  };
  return (
    <table className="cell-summary" aria-label="Evidence by reference and level">
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Statements by level</th>
        </tr>
      </thead>
      <tbody>
        {refs.map((r) => (
          <tr key={r.ref ?? 'none'}>
            <th scope="row">{r.ref === null ? 'no reference' : `[${r.ref}] ${name(r.ref)}`}</th>
            <td>
              {r.byLevel.map((l) => (
                <span key={l.level ?? 'none'} className="level-count">
                  {l.level ? <LevelBadge level={l.level} /> : 'no level'} × {l.count}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
