import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import type { ShownMatrix } from '../../model/gaps/arrangeLines';
import { cellKey } from '../../model/gaps/gapMatrix';
import { cellTyping } from '../../model/gaps/gapType';
import type { CandidateContext } from '../../model/gaps/gapCandidates';
import { cellCandidate } from './useCandidates';
import { GapCellButton } from './GapCellButton';
import { GapLineHeader } from './GapLineHeader';

interface Props {
  title: string;
  shown: ShownMatrix;
  split: boolean;
  selected: { row: string; col: string } | null;
  highlighted: string | null;
  /** For candidate marks on empty entity cells (computed only for the cells on screen). */
  candidates: CandidateContext | null;
  onCell: (row: string, col: string) => void;
  onToggle: (axis: 'rows' | 'cols', id: string) => void;
}

const ROW = 30;
const COL = 40;
const HEAD = 'gap-head';

/**
 * The matrix, virtualised in both directions: only the rows and columns on screen are rendered
 * (with spacers for the rest), so a map of thousands of lines scrolls like a small one. Headers
 * stay in view while scrolling. Closed groups and entities show rolled-up cells.
 */
export const GapGrid = ({
  title,
  shown,
  split,
  selected,
  highlighted,
  candidates,
  onCell,
  onToggle,
}: Props) => {
  const graph = useGraph();
  const v = useVocabulary();
  const scroller = useRef<HTMLDivElement>(null);
  const rowV = useVirtualizer({
    count: shown.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: shown.cols.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COL,
    overscan: 6,
  });
  // Bring a chosen cell, or the row or column of an entity chosen on the canvas, into view.
  const wantRow = selected?.row ?? highlighted;
  const wantCol = selected?.col ?? highlighted;
  const rowAt = shown.rows.findIndex((l) => l.node.id === wantRow);
  const colAt = shown.cols.findIndex((l) => l.node.id === wantCol);
  useEffect(() => {
    if (rowAt >= 0) rowV.scrollToIndex(rowAt, { align: 'center' });
    if (colAt >= 0) colV.scrollToIndex(colAt, { align: 'center' });
  }, [rowAt, colAt, rowV, colV]);
  const rows = rowV.getVirtualItems();
  const cols = colV.getVirtualItems();
  const left = cols[0]?.start ?? 0;
  const right = colV.getTotalSize() - (cols.at(-1)?.end ?? 0);
  const top = rows[0]?.start ?? 0;
  const bottom = rowV.getTotalSize() - (rows.at(-1)?.end ?? 0);
  const isEntity = (id: string) => graph.hasNode(id);
  return (
    <div className="gap-scroll" ref={scroller}>
      <table
        className="gap-table"
        aria-label={title}
        aria-rowcount={shown.rows.length + 1}
        aria-colcount={shown.cols.length + 1}
      >
        <thead>
          <tr className={HEAD}>
            <th scope="col" className="gap-corner">
              {title.replace(/^Gap map: /, '').replace(' × ', ' ↓ · ')} →
            </th>
            {left > 0 && <th aria-hidden="true" style={{ minWidth: left, width: left }} />}
            {cols.map((c) => {
              const line = shown.cols[c.index]!;
              return (
                <GapLineHeader
                  key={line.node.id}
                  line={line}
                  axis="col"
                  highlighted={line.node.id === highlighted}
                  onToggle={(id) => onToggle('cols', id)}
                />
              );
            })}
            {right > 0 && <th aria-hidden="true" style={{ minWidth: right, width: right }} />}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: top }} />
            </tr>
          )}
          {rows.map((r) => {
            const line = shown.rows[r.index]!;
            const id = line.node.id;
            if (line.heading)
              return (
                <tr key={id} className="gap-row-group">
                  <GapLineHeader
                    line={line}
                    axis="row"
                    highlighted={false}
                    onToggle={(x) => onToggle('rows', x)}
                  />
                  <td colSpan={cols.length + 2} />
                </tr>
              );
            return (
              <tr key={id} className={id === highlighted ? 'highlighted' : undefined} style={{ height: ROW }}>
                <GapLineHeader
                  line={line}
                  axis="row"
                  highlighted={id === highlighted}
                  onToggle={(x) => onToggle('rows', x)}
                />
                {left > 0 && <td aria-hidden="true" />}
                {cols.map((c) => {
                  const colLine = shown.cols[c.index]!;
                  const col = colLine.node.id;
                  const cell = shown.cells.get(cellKey(id, col));
                  const candidate =
                    !cell && candidates && isEntity(id) && isEntity(col)
                      ? !!cellCandidate(candidates, id, col)
                      : false;
                  return (
                    <td key={col}>
                      <GapCellButton
                        row={id}
                        col={col}
                        rowLabel={line.node.label}
                        colLabel={colLine.node.label}
                        cell={cell}
                        typing={cellTyping(cell, v)}
                        candidate={candidate}
                        selected={selected?.row === id && selected.col === col}
                        split={split}
                        vocabulary={v}
                        onCell={onCell}
                      />
                    </td>
                  );
                })}
                {right > 0 && <td aria-hidden="true" />}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
