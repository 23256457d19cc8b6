import { useCallback, useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { nodeEvidenceCount } from '../../model/graphQueries';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { EntityRow, type EntityRowData as Row } from './EntityRow';
import { SortHeader } from './SortHeader';
import { useRovingFocus } from './useRovingFocus';
import { useSortable } from './useSortable';

type Key = 'label' | 'type' | 'relations' | 'evidence';

/** Visible entities, sortable; the selected one is marked and kept in view. One tab stop (useRovingFocus). */
export const EntityTable = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const visible = useVisibleSubgraph();
  const selection = useViewStore((s) => s.selection);
  const rows = useMemo<Row[]>(
    () =>
      [...visible.nodes].map((id) => {
        const a = graph.getNodeAttributes(id);
        let relations = 0;
        graph.forEachEdge(id, (e) => {
          if (visible.edges.has(e)) relations += 1;
        });
        return {
          id,
          label: a.label,
          type: vocabulary.typeLabel(a.type),
          relations,
          evidence: nodeEvidenceCount(graph, id),
        };
      }),
    [graph, vocabulary, visible],
  );
  const value = useCallback((row: Row, key: Key) => row[key], []);
  const { sorted, sortBy, ariaSort } = useSortable<Row, Key>(rows, 'label', value);
  const select = useCallback(
    (id: string) => {
      const state = store.getState();
      state.selectNode(id);
      state.centreOn([id]);
      state.setPanel('details');
    },
    [store],
  );
  const ids = useMemo(() => sorted.map((r) => r.id), [sorted]);
  const typedColumn = ariaSort('type') !== 'none' ? 'type' : 'label';
  const labels = useMemo(() => sorted.map((r) => r[typedColumn]), [sorted, typedColumn]);
  const selectedNode = selection?.kind === 'node' ? selection.id : undefined;
  const roving = useRovingFocus(ids, labels, selectedNode);
  return (
    <table className="data-table">
      <caption>Entities ({rows.length})</caption>
      <thead>
        <tr>
          <SortHeader label="Entity" column="label" ariaSort={ariaSort} sortBy={sortBy} table="entities" />
          <SortHeader label="Type" column="type" ariaSort={ariaSort} sortBy={sortBy} table="entities" />
          <SortHeader
            label="Relations"
            column="relations"
            ariaSort={ariaSort}
            sortBy={sortBy}
            table="entities"
          />
          <SortHeader
            label="Evidence"
            column="evidence"
            ariaSort={ariaSort}
            sortBy={sortBy}
            table="entities"
          />
        </tr>
      </thead>
      <tbody onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {sorted.map((row) => (
          <EntityRow
            key={row.id}
            row={row}
            selected={row.id === selectedNode}
            tabbable={row.id === roving.current}
            choose={select}
          />
        ))}
      </tbody>
    </table>
  );
};
