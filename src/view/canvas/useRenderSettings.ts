import type { Core, StylesheetJsonBlock } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { withRenderRules } from './renderRules';
import { LARGE_GRAPH_EDGE_LIMIT, renderSettings, webglRenderer, type RenderSettings } from './renderSettings';

export interface AppliedRenderSettings {
  settings: RenderSettings;
  stylesheet: StylesheetJsonBlock[];
  /** Large-graph mode hides the relations until the view is narrowed (or the reader asks for them). */
  edgesHidden: boolean;
  lowDetail: boolean;
  showAllEdges: () => void;
}

/** Leaving low detail needs a little more zoom than entering it, so a wheel gesture does not flap. */
const HYSTERESIS = 1.3;

/**
 * The one place that applies the render settings: the stylesheet rules of the level of detail
 * (switched when the zoom crosses the threshold) and of large-graph mode; the constructor options
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
  // A big graph opens fitted, hence zoomed out: start in low detail rather than restyle after the first frame.
  const [lowDetail, setLowDetail] = useState(settings.detailBelowZoom !== null);
  const [allEdges, setAllEdges] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRenderer(webglRenderer()), 2000);
    return () => clearTimeout(timer);
  }, []);
  const threshold = settings.detailBelowZoom;
  useEffect(() => {
    if (!cy || threshold === null) return undefined;
    let frame = 0;
    const onZoom = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setLowDetail((low) => (low ? cy.zoom() < threshold * HYSTERESIS : cy.zoom() < threshold)),
      );
    };
    onZoom();
    cy.on('zoom', onZoom);
    return () => {
      cancelAnimationFrame(frame);
      cy.removeListener('zoom', onZoom);
    };
  }, [cy, threshold]);
  const edgesHidden = settings.largeGraph && !allEdges && visible.edges.size > LARGE_GRAPH_EDGE_LIMIT;
  const low = threshold !== null && lowDetail;
  const stylesheet = useMemo(
    () => withRenderRules(base, low, edgesHidden, focused),
    [base, low, edgesHidden, focused],
  );
  return { settings, stylesheet, edgesHidden, lowDetail: low, showAllEdges: () => setAllEdges(true) };
};
