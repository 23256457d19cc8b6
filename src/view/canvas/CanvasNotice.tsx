import { useViewStore, useViewStoreApi } from '../../state/store';
import { useDrawnSubgraph } from './useDrawnSubgraph';

/**
 * Says what the canvas leaves out: entities a filter left without a visible relation (hidden by
 * default, with a way to show them), and an empty state when the filters leave nothing at all.
 */
export const CanvasNotice = () => {
  const { drawn, stranded } = useDrawnSubgraph();
  const show = useViewStore((s) => s.showStranded);
  const { setShowStranded, resetFilters } = useViewStoreApi().getState();
  if (drawn.nodes.size === 0)
    return (
      <div className="empty-state" role="status">
        <p>Nothing matches these filters: no entity keeps a relation.</p>
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      </div>
    );
  if (stranded.size === 0) return null;
  return (
    <p className="canvas-notice" role="status">
      {show
        ? `${stranded.size} entities without a visible relation shown`
        : `${stranded.size} entities without a visible relation hidden`}{' '}
      <button type="button" className="link-button" onClick={() => setShowStranded(!show)}>
        {show ? 'Hide them' : 'Show them'}
      </button>
    </p>
  );
};
