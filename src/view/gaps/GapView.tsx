import { useCallback } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { openable } from '../../model/gaps/axisLines';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { EvidenceTable } from './EvidenceTable';
import { GapControls } from './GapControls';
import { GapGrid } from './GapGrid';
import { GapSummary } from './GapSummary';
import { GapTypeLegend } from './GapTypeLegend';
import { contextFor } from './useCandidates';
import { useGapMatrix } from './useGapMatrix';
import './gapMap.css';

/**
 * The gap map: typed, collapsible matrix (or its twin, the table of the evidence behind it),
 * linked both ways with the canvas; candidates and thin spots are in the side panel. Loaded on demand.
 */
const GapView = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const { matrix, shown, items, forests } = useGapMatrix();
  const split = useViewStore((s) => s.gapSplit);
  const cell = useViewStore((s) => s.gapCell);
  const mode = useViewStore((s) => s.gapMode);
  const selection = useViewStore((s) => s.selection);
  const selectGapCell = useViewStore((s) => s.selectGapCell);
  const onCell = useCallback((row: string, col: string) => selectGapCell({ row, col }), [selectGapCell]);
  const onToggle = useCallback(
    (axis: 'rows' | 'cols', id: string) => {
      const current = store.getState().gapExpanded ?? { rows: [], cols: [] };
      const list = current[axis];
      store.getState().setGapExpanded({
        ...current,
        [axis]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id],
      });
    },
    [store],
  );
  const setAll = (open: boolean) =>
    store
      .getState()
      .setGapExpanded(
        open ? { rows: openable(forests.rows), cols: openable(forests.cols) } : { rows: [], cols: [] },
      );
  const title = `Gap map: ${vocabulary.typeInfo(matrix.rowType).plural} × ${vocabulary.typeInfo(matrix.colType).plural}`;
  const candidates = graph.order > 0 ? contextFor(graph, matrix, items) : null;
  return (
    <section className="gap-view" aria-label="Gap map view">
      <GapControls matrix={matrix} shown={shown} />
      <div className="gap-controls">
        <span role="group" aria-label="Show" className="gap-mode">
          {(['matrix', 'table'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => store.getState().setGapOptions({ gapMode: m })}
            >
              {m === 'matrix' ? 'Matrix' : 'Evidence table'}
            </button>
          ))}
        </span>
        <button type="button" onClick={() => setAll(false)}>
          Collapse all
        </button>
        <button type="button" onClick={() => setAll(true)}>
          Expand all
        </button>
        <GapTypeLegend />
      </div>
      <GapSummary shown={shown} />
      {mode === 'matrix' ? (
        <GapGrid
          title={title}
          shown={shown}
          split={split}
          selected={cell}
          highlighted={selection?.kind === 'node' ? selection.id : null}
          candidates={candidates}
          onCell={onCell}
          onToggle={onToggle}
        />
      ) : (
        <EvidenceTable shown={shown} />
      )}
    </section>
  );
};

export default GapView;
