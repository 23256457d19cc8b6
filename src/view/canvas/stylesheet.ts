import type { StylesheetJsonBlock } from 'cytoscape';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';

/**
 * The one stylesheet of a dataset: type, level and relation family by selectors (from its schema);
 * view state by classes. Built once per vocabulary, so it stays the same object for the canvas.
 */
const buildStylesheet = (v: Vocabulary): StylesheetJsonBlock[] => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 'mapData(weight, 0, 60, 6, 28)',
      'font-family': 'system-ui, sans-serif',
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 10,
      width: 'mapData(weight, 0, 60, 18, 52)',
      height: 'mapData(weight, 0, 60, 18, 52)',
      'border-width': 1.5,
      'border-color': '#222222',
    },
  },
  ...v.types.map((t) => ({
    selector: `node[type = "${t.id}"]`,
    style: { 'background-color': t.colour, shape: t.shape },
  })),
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 8, 1.2, 6)',
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
    },
  },
  ...v.schema.relationFamilies.map((family) => ({
    selector: `edge[family = "${family.id}"]`,
    style: { 'line-color': family.colour, 'target-arrow-color': family.colour },
  })),
  // Symmetric relations (a foreign file's undirected links) have no arrow.
  { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
  ...v.levels.map((level) => ({
    selector: `edge[level = "${level.id}"]`,
    style: { 'line-style': level.line },
  })),
  // Hedged claims (every statement suggested, proposed or contradicted): a hollow arrowhead, or a
  // hollow ring mid-line for an undirected relation. Line style is the level's and colour the family's,
  // so the arrowhead is the free channel; the legend explains it.
  { selector: 'edge[?hedged]', style: { 'target-arrow-fill': 'hollow' } },
  {
    selector: 'edge[?hedged][?undirected]',
    style: {
      'mid-target-arrow-shape': 'circle',
      'mid-target-arrow-fill': 'hollow',
      'mid-target-arrow-color': '#555555',
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
  // A quiz's hidden relation and a story's spotlight: the same in play and in presentation.
  { selector: '.concealed', style: { display: 'none' } },
  // Faded elements stay opaque and keep their geometry (only colours change): semi-transparent
  // drawing, and any change of size, border or arrow, make Cytoscape much slower to repaint.
  {
    selector: 'node.faded',
    style: { 'background-color': '#eeeeee', 'border-color': '#d6d6d6', 'text-opacity': 0 },
  },
  {
    selector: 'edge.faded',
    style: { 'line-color': '#ececec', 'target-arrow-color': '#ececec', 'text-opacity': 0 },
  },
  {
    selector: 'node.neighbour',
    style: {
      'border-width': 3,
      'border-color': '#000000',
      'min-zoomed-font-size': 0,
      'font-size': 12,
      'z-index': 10,
    },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': '#000000',
      'underlay-color': '#ffd54f',
      'underlay-opacity': 0.9,
      'underlay-padding': 6,
      'z-index': 20,
    },
  },
  {
    selector: 'edge.selected',
    style: {
      width: 6,
      'line-color': '#000000',
      'target-arrow-color': '#000000',
      opacity: 1,
      'z-index': 20,
      label: 'data(label)',
      'font-size': 10,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
  {
    selector: 'edge.neighbour',
    style: {
      width: 'mapData(count, 1, 8, 2.5, 7)',
      'line-color': '#222222',
      'target-arrow-color': '#222222',
      'z-index': 10,
    },
  },
  {
    selector: 'node.spot',
    style: {
      'border-width': 3,
      'border-color': '#000000',
      'underlay-color': '#4dd0e1',
      'underlay-opacity': 0.45,
      'underlay-padding': 5,
    },
  },
  {
    selector: '.path',
    style: {
      'underlay-color': '#00bcd4',
      'underlay-opacity': 0.55,
      'underlay-padding': 5,
      opacity: 1,
      'text-opacity': 1,
      'z-index': 15,
    },
  },
  {
    selector: 'edge.path',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
];

/** The presentation rules: for a projector at the back of a lecture hall. */
const buildPresentationStylesheet = (v: Vocabulary): StylesheetJsonBlock[] => [
  ...stylesheetFor(v),
  {
    selector: 'node',
    style: {
      width: 'mapData(weight, 0, 60, 26, 70)',
      height: 'mapData(weight, 0, 60, 26, 70)',
      'font-size': 'mapData(weight, 0, 60, 12, 34)',
      'font-weight': 'bold',
      'border-width': 2.5,
      'text-outline-width': 3,
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'edge', style: { width: 'mapData(count, 1, 8, 2.5, 9)', 'arrow-scale': 1.1 } },
  {
    selector: 'node.faded',
    style: { 'background-color': '#f7f7f7', 'border-color': '#ededed', 'z-index': 0 },
  },
  {
    selector: 'edge.faded',
    style: { 'line-color': '#f5f5f5', 'target-arrow-color': '#f5f5f5', 'z-index': 0 },
  },
  { selector: 'node.neighbour', style: { 'font-size': 18, 'border-width': 4, 'min-zoomed-font-size': 0 } },
  { selector: 'node.spot', style: { 'font-size': 18, 'min-zoomed-font-size': 0 } },
  { selector: 'node.selected', style: { 'border-width': 7, 'underlay-padding': 9 } },
  { selector: 'edge.selected', style: { width: 9, 'font-size': 16 } },
];

const normal = new WeakMap<Vocabulary, StylesheetJsonBlock[]>();
const presentation = new WeakMap<Vocabulary, StylesheetJsonBlock[]>();

const memo = (
  cache: WeakMap<Vocabulary, StylesheetJsonBlock[]>,
  build: (v: Vocabulary) => StylesheetJsonBlock[],
  v: Vocabulary,
): StylesheetJsonBlock[] => {
  let sheet = cache.get(v);
  if (!sheet) cache.set(v, (sheet = build(v)));
  return sheet;
};

export const stylesheetFor = (v: Vocabulary): StylesheetJsonBlock[] => memo(normal, buildStylesheet, v);

/** Presentation mode: the same rules, with bigger nodes and labels and stronger contrast (projectors). */
export const presentationStylesheetFor = (v: Vocabulary): StylesheetJsonBlock[] =>
  memo(presentation, buildPresentationStylesheet, v);
