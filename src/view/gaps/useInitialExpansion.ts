import { useEffect, useRef } from 'react';
import { allNodes, type AxisNode } from '../../model/gaps/axisTree';
import { openable } from '../../model/gaps/axisLines';
import { useViewStore, useViewStoreApi } from '../../state/store';

const ROW_HEIGHT = 30;
const COL_WIDTH = 40;

/** Whether every line of both axes, opened, fits the gap pane of this window. */
const fitsScreen = (rows: number, cols: number): boolean => {
  const height = window.innerHeight * 0.7 - 48 - 110 - 112;
  const width = window.innerWidth - 480 - 240;
  return rows * ROW_HEIGHT <= height && cols * COL_WIDTH <= width;
};

/** The nodes to open so that an entity's line is shown: its group and its broader entities in the tree. */
const pathTo = (forest: readonly AxisNode[], id: string): string[] => {
  for (const node of forest) {
    if (node.id === id) return [];
    if (node.members.includes(id)) return [node.id, ...pathTo(node.children, id)];
  }
  return [];
};

/**
 * The open lines of both axes. Until the reader opens or closes one, the map starts open when it
 * fits the screen and collapsed (groups only) when it does not, with the lines of a cell named in
 * the URL opened so that the cell is in view.
 */
export const useInitialExpansion = (forests: { rows: AxisNode[]; cols: AxisNode[] }) => {
  const store = useViewStoreApi();
  const expanded = useViewStore((s) => s.gapExpanded);
  const cell = useViewStore((s) => s.gapCell);
  const selection = useViewStore((s) => s.selection);
  const chosen = selection?.kind === 'node' ? selection.id : null;
  const shownFor = useRef<string | null>(null);
  const fallback = (() => {
    const count = (forest: AxisNode[]) => allNodes(forest).filter((n) => n.kind === 'entity').length;
    if (fitsScreen(count(forests.rows), count(forests.cols)))
      return { rows: openable(forests.rows), cols: openable(forests.cols) };
    return {
      rows: cell ? pathTo(forests.rows, cell.row) : [],
      cols: cell ? pathTo(forests.cols, cell.col) : [],
    };
  })();
  const value = expanded ?? fallback;
  useEffect(() => {
    if (!expanded) store.getState().setGapExpanded(value);
  }, [expanded, value, store]);
  // A cell chosen elsewhere (the candidate list, a story step) opens the lines that show it.
  useEffect(() => {
    if (!cell || !expanded) return;
    const rows = pathTo(forests.rows, cell.row).filter((id) => !expanded.rows.includes(id));
    const cols = pathTo(forests.cols, cell.col).filter((id) => !expanded.cols.includes(id));
    if (rows.length > 0 || cols.length > 0)
      store
        .getState()
        .setGapExpanded({ rows: [...expanded.rows, ...rows], cols: [...expanded.cols, ...cols] });
  }, [cell, expanded, forests, store]);
  // So does an entity chosen on the canvas: its row or column is opened to be highlighted.
  useEffect(() => {
    if (!chosen || !expanded || shownFor.current === chosen) return;
    shownFor.current = chosen;
    const rows = pathTo(forests.rows, chosen).filter((id) => !expanded.rows.includes(id));
    const cols = pathTo(forests.cols, chosen).filter((id) => !expanded.cols.includes(id));
    if (rows.length > 0 || cols.length > 0)
      store
        .getState()
        .setGapExpanded({ rows: [...expanded.rows, ...rows], cols: [...expanded.cols, ...cols] });
  }, [chosen, expanded, forests, store]);
  return value;
};
