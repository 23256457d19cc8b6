import type { Core, StylesheetJsonBlock } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { withRenderRules } from './renderRules';
import {
  LARGE_GRAPH_EDGE_LIMIT,
  nextLowDetail,
  renderSettings,
  webglRenderer,
  type RenderSettings,
} from './renderSettings';

export interface AppliedRenderSettings {
  settings: RenderSettings;
  stylesheet: StylesheetJsonBlock[];
  /** Large-graph mode hides the relations until the view is narrowed (or the reader asks for them). */
  edgesHidden: boolean;
  lowDetail: boolean;
  showAllEdges: () => void;
}

/** Entities inside the viewport that no filter hides (the level of detail's own hiding does not count). */
const onScreen = (cy: Core): number => {
  const { x1, x2, y1, y2 } = cy.extent();
  let count = 0;
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    if (x >= x1 && x <= x2 && y >= y1 && y <= y2 && !n.hasClass('hidden')) count++;
  });
  return count;
};

/**
 * The one place that applies the render settings: the stylesheet rules of the level of detail
 * (switched when the entities on screen cross the threshold) and of large-graph mode; the constructor options
 * (hideEdgesOnViewport, pixelRatio) go to the canvas as props.
 */
export const useRenderSettings = (
  cy: Core | null,
  nodes: number,
  base: StylesheetJsonBlock[],
  visible: VisibleSubgraph,
  focused: boolean,
): AppliedRenderSettings => {
  const [renderer, setRenderer] = useState<string | undefined>(undefined);
  const settings = useMemo(() => renderSettings(nodes, renderer), [nodes, renderer]);
  // A big graph opens fitted, all of it on screen: start in low detail rather than restyle after the first frame.
  const [lowDetail, setLowDetail] = useState(
    settings.detailAboveOnScreen !== null && nodes > settings.detailAboveOnScreen,
  );
  const [allEdges, setAllEdges] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRenderer(webglRenderer()), 2000);
    return () => clearTimeout(timer);
  }, []);
  const threshold = settings.detailAboveOnScreen;
  useEffect(() => {
    if (!cy || threshold === null) return undefined;
    let frame = 0;
    const onViewport = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLowDetail((low) => nextLowDetail(low, onScreen(cy), threshold)));
    };
    onViewport();
    cy.on('viewport', onViewport);
    return () => {
      cancelAnimationFrame(frame);
      cy.removeListener('viewport', onViewport);
    };
  }, [cy, threshold, visible.nodes]);
  const edgesHidden = settings.largeGraph && !allEdges && visible.edges.size > LARGE_GRAPH_EDGE_LIMIT;
  const low = threshold !== null && lowDetail;
  const stylesheet = useMemo(
    () => withRenderRules(base, low, edgesHidden, focused),
    [base, low, edgesHidden, focused],
  );
  return { settings, stylesheet, edgesHidden, lowDetail: low, showAllEdges: () => setAllEdges(true) };
};
