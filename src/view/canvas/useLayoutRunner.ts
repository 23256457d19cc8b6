import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { layeredPositions } from '../../layout/layeredPositions';
import { runForceLayout } from '../../layout/runForceLayout';
import { ANIMATE_MAX_NODES, applyPositionsInChunks } from './applyPositionsInChunks';
import type { Positions } from '../../model/types';
import type { VisibleSubgraph } from '../../model/visibleSubgraph';
import { useViewStore, useViewStoreApi, type ViewStoreApi } from '../../state/store';
import { motionMs } from './motion';

const ANIMATION = { duration: 600, easing: 'ease-in-out-cubic' } as const;

/** After any layout, the camera frames its current target again (everything, unless a step or search set one). */
const reframeWhenDone = (layout: cytoscape.Layouts, store: ViewStoreApi): void => {
  layout.one('layoutstop', () => store.getState().reframe());
  layout.run();
};

/** Moves nodes to `positions`, animated. */
const animateTo = (cy: Core, positions: Positions, store: ViewStoreApi): void => {
  cy.stop(true, true);
  const layout = cy.layout({
    name: 'preset',
    positions: (node: { id: () => string; position: () => { x: number; y: number } }) =>
      positions[node.id()] ?? node.position(),
    animate: motionMs(ANIMATION.duration) > 0,
    animationDuration: motionMs(ANIMATION.duration),
    animationEasing: ANIMATION.easing,
    fit: false,
  } as unknown as cytoscape.LayoutOptions);
  reframeWhenDone(layout, store);
};

/**
 * Runs the chosen layout when asked (never on filter changes: positions stay put).
 * Default: the build's stored positions. Force: fcose in a Web Worker over what is visible.
 * Layered: left-to-right by type. Concentric: by degree, Cytoscape's own layout.
 */
export const useLayoutRunner = (cy: Core | null, visible: VisibleSubgraph): void => {
  const store = useViewStoreApi();
  const { graph, positions } = useDataset();
  const layout = useViewStore((s) => s.layout);
  const run = useViewStore((s) => s.layoutRun);
  const currentVisible = useEffectEvent(() => visible);
  useEffect(() => {
    if (!cy || run === 0) return undefined;
    let cancelled = false;
    const { nodes, edges } = currentVisible();
    if (layout === 'default') animateTo(cy, positions, store);
    else if (layout === 'layered') animateTo(cy, layeredPositions(graph, nodes, edges), store);
    else if (layout === 'concentric') {
      const eles = cy.elements().filter((e) => (e.isNode() ? nodes.has(e.id()) : edges.has(e.id())));
      reframeWhenDone(
        eles.layout({
          name: 'concentric',
          concentric: (n: cytoscape.NodeSingular) => n.degree(false),
          levelWidth: () => 3,
          animate: motionMs(ANIMATION.duration) > 0,
          animationDuration: motionMs(ANIMATION.duration),
          fit: false,
          minNodeSpacing: 12,
        } as cytoscape.LayoutOptions),
        store,
      );
    } else {
      const input = {
        nodes: [...nodes].map((id) => ({ id })),
        edges: [...edges].map((id) => ({ id, source: graph.source(id), target: graph.target(id) })),
      };
      const start: Positions = {};
      cy.nodes().forEach((n) => void (start[n.id()] = n.position()));
      const { setLayoutJob } = store.getState();
      let stopApplying = () => {};
      const job = runForceLayout(input, run, start, (p) =>
        setLayoutJob({ ...p, applying: false, stop: job.stop }),
      );
      setLayoutJob({ algorithm: '', done: 0, total: 1, applying: false, stop: job.stop });
      const landed = () => {
        performance.mark('force-layout-applied');
        if (store.getState().layoutJob?.stop === job.stop) store.getState().setLayoutJob(null);
      };
      job.result
        .then((result) => {
          if (cancelled || !result) return landed();
          if (nodes.size <= ANIMATE_MAX_NODES) {
            animateTo(cy, result, store);
            return landed();
          }
          store.getState().setLayoutJob({ algorithm: '', done: 1, total: 1, applying: true, stop: job.stop });
          stopApplying = applyPositionsInChunks(cy, result, () => {
            store.getState().reframe();
            landed();
          });
        })
        .catch((error: Error) => {
          store.getState().setLayoutJob(null);
          store.getState().notify(`Layout failed: ${error.message}`);
        });
      return () => {
        cancelled = true;
        job.stop();
        stopApplying();
      };
    }
    return () => {
      cancelled = true;
    };
  }, [cy, store, graph, positions, layout, run]);
};
