import type { ShownMatrix } from '../../model/gaps/arrangeLines';
import { cellKey } from '../../model/gaps/gapMatrix';

/** What the matrix on screen holds: its lines, the cells with evidence and the empty ones, never negative. */
export const GapSummary = ({ shown }: { shown: ShownMatrix }) => {
  const rows = shown.rows.filter((l) => !l.heading);
  const cols = shown.cols.filter((l) => !l.heading);
  let filled = 0;
  for (const r of rows) for (const c of cols) if (shown.cells.has(cellKey(r.node.id, c.node.id))) filled += 1;
  const total = rows.length * cols.length;
  return (
    <p className="gap-summary muted" role="status">
      {rows.length} × {cols.length} cells shown · {filled} with evidence · {total - filled} empty. A cell:
      statements·distinct references naming its row and its column (narrower entities and preparations count
      for broader ones and their tissues); its bar: statements by level.
    </p>
  );
};
