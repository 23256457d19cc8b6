import cytoscape, { type Core } from 'cytoscape';
import type { Dataset } from '../../dataset/dataset';
import type { StoryStep } from '../../model/storySchema';
import { stylesheetFor } from '../canvas/stylesheet';
import { toElements } from '../canvas/toElements';
import { setClass } from '../canvas/useEmphasisClasses';
import { thumbnailScene } from './thumbnailScene';

export const THUMB_WIDTH = 320;
export const THUMB_HEIGHT = 200;

/** Small pictures need no labels (unreadable at this scale) and must never show a hidden quiz answer. */
const THUMB_RULES: cytoscape.StylesheetJsonBlock[] = [
  { selector: 'node', style: { label: '', 'border-width': 1 } },
  { selector: 'edge', style: { label: '' } },
  { selector: 'edge.selected', style: { width: 5 } },
  // The faded context is noise at this scale: barely there, so the step's own elements stand out.
  { selector: '.faded', style: { opacity: 0.06 } },
  { selector: '.concealed', style: { display: 'none' } },
];

/** Render times of the thumbnails drawn so far (ms), for the benchmark and the browser tests. */
export const renderTimes: number[] = [];

/**
 * One hidden Cytoscape instance per dataset, off screen, created on first use and drawn into
 * once per step: the same elements and stylesheet as the canvas, at small scale.
 */
const instances = new WeakMap<Dataset, { cy: Core; stored: Map<string, { x: number; y: number }> }>();

const instanceFor = (dataset: Dataset) => {
  let found = instances.get(dataset);
  if (found) return found;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.className = 'thumbnail-renderer';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${THUMB_WIDTH}px`,
    height: `${THUMB_HEIGHT}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const cy = cytoscape({
    container,
    elements: toElements(dataset.graph, dataset.positions),
    style: [...stylesheetFor(dataset.vocabulary), ...THUMB_RULES],
    layout: { name: 'preset' },
    pixelRatio: 1,
    autoungrabify: true,
    autounselectify: true,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    minZoom: 0.02,
    maxZoom: 3,
  });
  const stored = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  found = { cy, stored };
  instances.set(dataset, found);
  return found;
};

/** Draws one step into the hidden instance and returns it as a PNG data URL. */
export const renderThumbnail = (dataset: Dataset, step: StoryStep): string => {
  const started = performance.now();
  const { cy, stored } = instanceFor(dataset);
  const scene = thumbnailScene(dataset, step);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = scene.positions?.[n.id()] ?? stored.get(n.id())!;
      const at = n.position();
      if (at.x !== p.x || at.y !== p.y) n.position(p);
    });
    cy.elements().forEach((ele) => {
      const id = ele.id();
      setClass(ele, 'hidden', !scene.visible.has(id));
      setClass(ele, 'faded', scene.keep !== undefined && !scene.keep.has(id));
      setClass(ele, 'selected', scene.selected === id);
      setClass(ele, 'concealed', scene.concealed === id);
    });
  });
  if (scene.concentric)
    (scene.keep ? cy.elements(':visible').filter((e) => scene.keep!.has(e.id())) : cy.elements(':visible'))
      .layout({
        name: 'concentric',
        animate: false,
        fit: false,
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
      } as cytoscape.LayoutOptions)
      .run();
  const target =
    scene.frame === 'all'
      ? cy.elements(':visible')
      : scene.frame.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection()).filter(':visible');
  cy.fit(target.nonempty() ? target : cy.elements(':visible'), 12);
  const uri = cy.png({ output: 'base64uri', full: false, bg: '#ffffff', scale: 1 });
  renderTimes.push(performance.now() - started);
  return uri;
};
