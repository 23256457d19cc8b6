import { useCallback } from 'react';
import { useViewStore } from '../../state/store';
import { GapControls } from './GapControls';
import { GapMatrixTable } from './GapMatrixTable';
import { useGapCandidates, useGapMatrix } from './useGapMatrix';

/** The gap map's matrix, linked both ways with the canvas (candidates and thin spots are in the side panel). Loaded on demand. */
const GapView = () => {
  const { matrix, rows, cols, items } = useGapMatrix();
  const candidates = useGapCandidates(matrix, items);
  const split = useViewStore((s) => s.gapSplit);
  const cell = useViewStore((s) => s.gapCell);
  const selection = useViewStore((s) => s.selection);
  const selectGapCell = useViewStore((s) => s.selectGapCell);
  const onCell = useCallback((row: string, col: string) => selectGapCell({ row, col }), [selectGapCell]);
  const filled = matrix.cells.size;
  return (
    <section className="gap-view" aria-label="Gap map view">
      <GapControls matrix={matrix} rows={rows} cols={cols} />
      <p className="gap-summary muted">
        {rows.length} × {cols.length} cells · {filled} with evidence · {rows.length * cols.length - filled}{' '}
        gaps. A cell counts the evidence items that name both its row and its column (narrower entities count
        for broader ones).
      </p>
      <div className="gap-scroll">
        <GapMatrixTable
          matrix={matrix}
          rows={rows}
          cols={cols}
          split={split}
          candidates={candidates}
          selectedCell={cell}
          highlighted={selection?.kind === 'node' ? selection.id : null}
          onCell={onCell}
        />
      </div>
    </section>
  );
};

export default GapView;
