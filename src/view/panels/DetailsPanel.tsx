import { GapCellPanel, GapLists } from '../lazyViews';

import { useGraph } from '../../dataset/DatasetContext';
import { useViewStore } from '../../state/store';
import { EntityPanel } from './EntityPanel';
import { EvidencePanel } from './EvidencePanel';

/** Shows the selected entity or relation. */
export const DetailsPanel = () => {
  const graph = useGraph();
  const selection = useViewStore((s) => s.selection);
  const view = useViewStore((s) => s.view);
  const gapCell = useViewStore((s) => s.gapCell);
  if (selection?.kind === 'node' && graph.hasNode(selection.id)) return <EntityPanel id={selection.id} />;
  if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) return <EvidencePanel edge={selection.id} />;
  if (view === 'gaps') return gapCell ? <GapCellPanel row={gapCell.row} col={gapCell.col} /> : <GapLists />;
  return (
    <section className="panel intro-panel" aria-labelledby="intro-heading">
      <h2 id="intro-heading">How to read this graph</h2>
      <p>
        Every shape is an entity from the review: cell sources, therapy agents, improvement strategies,
        factors, mechanisms, target cells, diseases, methods and open challenges. Every arrow is a claim of
        the review.
      </p>
      <p>
        Click an arrow to read the review's own sentence behind it, with its section, study level and full
        references. Click a shape to see everything linked to it.
      </p>
      <p className="muted">
        Solid lines: clinical or animal evidence; dashed: ex vivo or in vitro; dotted: statements without a
        primary study. A hollow arrowhead: the review only suggests, proposes or contradicts the link.
      </p>
    </section>
  );
};
