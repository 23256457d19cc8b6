import type { StylesheetJsonBlock } from 'cytoscape';
import { ENTITY_TYPES } from '../../model/entityTypes';
import { LEVELS } from '../../model/evidence';
import type { RelationFamily } from '../../model/relations';

export const FAMILY_COLOURS: Record<RelationFamily, string> = {
  composition: '#6b6b6b',
  mechanism: '#8e44ad',
  regulation: '#1f6fb2',
  therapeutic: '#b3471b',
  methodology: '#3b7d4f',
};

/** The one stylesheet: type, level and family by selectors; view state by classes. */
export const STYLESHEET: StylesheetJsonBlock[] = [
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
  ...Object.values(ENTITY_TYPES).map((t) => ({
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
  ...(Object.entries(FAMILY_COLOURS) as [RelationFamily, string][]).map(([family, colour]) => ({
    selector: `edge[family = "${family}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour },
  })),
  ...Object.values(LEVELS).map((level) => ({
    selector: `edge[level = "${level.id}"]`,
    style: { 'line-style': level.line },
  })),
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

/**
 * Presentation mode: the same rules, with bigger nodes and labels and stronger contrast, for
 * a projector at the back of a lecture hall.
 */
export const PRESENTATION_STYLESHEET: StylesheetJsonBlock[] = [
  ...STYLESHEET,
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
