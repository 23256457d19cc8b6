import { LARGE_GRAPH_EDGE_LIMIT } from './renderSettings';
import type { AppliedRenderSettings } from './useRenderSettings';

/** Says what large-graph mode reduces, and how to get it back. */
export const LargeGraphBanner = ({
  render,
  entities,
  relations,
}: {
  render: AppliedRenderSettings;
  entities: number;
  relations: number;
}) => {
  if (!render.settings.largeGraph) return null;
  return (
    <div className="large-graph-banner" role="status">
      <strong>Large graph</strong> ({entities.toLocaleString('en')} entities, {relations.toLocaleString('en')}{' '}
      relations).{' '}
      {render.edgesHidden
        ? `Relations are hidden until a filter leaves at most ${LARGE_GRAPH_EDGE_LIMIT.toLocaleString('en')} of them; a selection or a focus shows its own. `
        : 'All visible relations are drawn. '}
      {render.lowDetail &&
        'Zoomed out: arrows, labels and entities with little evidence are left out until you zoom in. '}
      {render.edgesHidden && (
        <button type="button" onClick={render.showAllEdges}>
          Draw all relations (slow)
        </button>
      )}
    </div>
  );
};
