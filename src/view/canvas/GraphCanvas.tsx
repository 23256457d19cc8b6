import type { Core } from 'cytoscape';
import { memo, useMemo, useState, type ComponentProps } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useDataset } from '../../dataset/DatasetContext';
import { useViewStore } from '../../state/store';
import { useDrawnSubgraph } from './useDrawnSubgraph';
import { emphasis } from './emphasis';
import { presentationStylesheetFor, stylesheetFor } from './stylesheet';
import { useConcealed } from '../story/useConcealed';
import { toElements } from './toElements';
import { useCameraRequests } from './useCameraRequests';
import { useCanvasEvents } from './useCanvasEvents';
import { useCanvasRegistration } from './useCanvasRegistration';
import { useCanvasResize } from './useCanvasResize';
import { useEmphasisClasses } from './useEmphasisClasses';
import { useVisibilityClasses } from './useVisibilityClasses';
import { usePathElements } from '../hooks/usePathElements';
import { useSpotlight } from '../hooks/useSpotlight';
import { useLayoutRunner } from './useLayoutRunner';
import { LeaderLines } from './labels/LeaderLines';
import { useLocalLayout } from './localLayout/useLocalLayout';
import { useLocalTarget } from './localLayout/useLocalTarget';
import { labelRanks } from './labels/labelPriority';
import { useForcedLabels } from './labels/useForcedLabels';
import { useLabelPlacement } from './labels/useLabelPlacement';
import { LargeGraphBanner } from './LargeGraphBanner';
import { useRenderSettings } from './useRenderSettings';

/**
 * react-cytoscapejs diffs every element on each render; memo keeps it from re-rendering at all
 * unless its props change (they are stable: memoized elements, constant stylesheet and layout).
 */
const CytoscapeView = memo((props: ComponentProps<typeof CytoscapeComponent>) => (
  <CytoscapeComponent {...props} />
));
CytoscapeView.displayName = 'CytoscapeView';

/** Positions are in the elements already; `preset` just places them (module constant: never re-run). */
const PRESET_LAYOUT = { name: 'preset', fit: true, padding: 30 } as const;
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

/**
 * The Cytoscape view. Created once; it only displays elements derived from the graph
 * and sends taps to the store. View state reaches it as classes, through the hooks below.
 */
export const GraphCanvas = () => {
  const { graph, positions, vocabulary } = useDataset();
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => toElements(graph, positions), [graph, positions]);
  const { drawn: visible } = useDrawnSubgraph();
  const selection = useViewStore((s) => s.selection);
  const focus = useViewStore((s) => s.focus);
  const pathElements = usePathElements();
  const spotlight = useSpotlight();
  const concealed = useConcealed();
  const presenting = useViewStore((s) => s.presenting);
  const value = useMemo(
    () => emphasis(graph, visible, { selection, focus, pathElements, spotlight, concealed }),
    [graph, visible, selection, focus, pathElements, spotlight, concealed],
  );

  const render = useRenderSettings(
    cy,
    elements.length - graph.size,
    presenting ? presentationStylesheetFor(vocabulary) : stylesheetFor(vocabulary),
    visible,
    value.keep !== undefined,
  );

  useCanvasEvents(cy);
  useVisibilityClasses(cy, visible);
  useEmphasisClasses(cy, value);
  const localTarget = useLocalTarget(graph, visible, pathElements, spotlight);
  useCameraRequests(cy, value, spotlight, localTarget !== null);
  useLayoutRunner(cy, visible);
  useLocalLayout(cy, localTarget, presenting);
  useCanvasResize(cy);
  useCanvasRegistration(cy);
  const ranks = useMemo(() => labelRanks(graph, vocabulary), [graph, vocabulary]);
  const forced = useForcedLabels(graph, visible, value, focus);
  const density = useViewStore((s) => s.labelDensity);
  const followZoom = useViewStore((s) => s.labelsFollowZoom);
  useLabelPlacement(cy, {
    base: render.stylesheet,
    enabled: !render.lowDetail,
    presenting,
    forced,
    selected: value.selected,
    ranks,
    edgeLabels: value.selected.size > 0 || value.keep !== undefined,
    density,
    followZoom,
    version: value,
  });

  return (
    <>
      <div
        className="canvas"
        data-renderer={render.settings.webgl ? 'webgl' : 'canvas'}
        role="img"
        // Focusable by script only: focus returns here when evidence opened by a tap closes.
        tabIndex={-1}
        aria-label="Network of the review's entities; use the list view for a keyboard-accessible table"
      >
        <CytoscapeView
          cy={setCy}
          elements={elements}
          stylesheet={render.stylesheet}
          layout={PRESET_LAYOUT}
          style={CANVAS_STYLE}
          autounselectify
          boxSelectionEnabled={false}
          minZoom={0.1}
          maxZoom={4}
          hideEdgesOnViewport={render.settings.hideEdgesOnViewport}
          pixelRatio={render.settings.pixelRatio}
        />
        <LeaderLines />
      </div>
      <LargeGraphBanner render={render} entities={elements.length - graph.size} relations={graph.size} />
    </>
  );
};
