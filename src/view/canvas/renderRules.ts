import type { StylesheetJsonBlock } from 'cytoscape';

/** Zoomed out on a big graph: no arrows, no labels, no entities with little evidence. */
const LOW_DETAIL: StylesheetJsonBlock[] = [
  { selector: 'edge', style: { 'target-arrow-shape': 'none', 'curve-style': 'haystack' } },
  { selector: 'node', style: { label: '' } },
  { selector: 'node[weight < 3]', style: { display: 'none' } },
];

/** Large-graph mode: relations hidden, except those a selection, a focus or a path brings forward. */
const EDGES_HIDDEN = (focused: boolean): StylesheetJsonBlock[] => [
  // A focus draws the relations it does not fade (Cytoscape's selectors have no `:not`).
  ...(focused
    ? [{ selector: 'edge.faded', style: { display: 'none' } } satisfies StylesheetJsonBlock]
    : ([
        { selector: 'edge', style: { display: 'none' } },
        { selector: 'edge.neighbour, edge.selected, edge.path', style: { display: 'element' } },
      ] satisfies StylesheetJsonBlock[])),
  // The filters still win.
  { selector: '.hidden', style: { display: 'none' } },
];

/** Keeps the selected and highlighted entities drawn whatever the level of detail. */
const ALWAYS_DRAWN: StylesheetJsonBlock[] = [
  { selector: 'node.selected, node.neighbour, node.path, node.spot', style: { display: 'element' } },
  { selector: '.hidden', style: { display: 'none' } },
];

/** The stylesheet with the render settings' rules after it (a new array only when they change). */
export const withRenderRules = (
  base: StylesheetJsonBlock[],
  lowDetail: boolean,
  edgesHidden: boolean,
  focused: boolean,
): StylesheetJsonBlock[] =>
  !lowDetail && !edgesHidden
    ? base
    : [
        ...base,
        ...(lowDetail ? LOW_DETAIL : []),
        ...(edgesHidden ? EDGES_HIDDEN(focused) : []),
        ...ALWAYS_DRAWN,
      ];
