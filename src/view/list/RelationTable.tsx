import { useCallback, useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { edgeLevel } from '../../model/graphQueries';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { spokenClaim } from '../../model/spokenClaim';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { RelationRow, type RelationRowData as Row } from './RelationRow';
import { SortHeader } from './SortHeader';
import { useRovingFocus } from './useRovingFocus';
import { useSortable } from './useSortable';

type Key = 'source' | 'relation' | 'target' | 'evidence' | 'level';

/**
 * Visible relations, sortable; choosing one opens its evidence. The rows are one tab stop
 * (arrows, Home/End, Page keys and type-ahead move between them: see useRovingFocus).
 */
export const RelationTable = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const visible = useVisibleSubgraph();
  const selection = useViewStore((s) => s.selection);
  const rows = useMemo<Row[]>(
    () =>
      [...visible.edges]
        .map((id) => {
          const a = graph.getEdgeAttributes(id);
          return {
            id,
            source: graph.getNodeAttribute(graph.source(id), 'label'),
            relation: vocabulary.verb(a.relation),
            target: graph.getNodeAttribute(graph.target(id), 'label'),
            sentence: spokenClaim(graph, id),
            evidence: a.evidence.length,
            level: vocabulary.rank(edgeLevel(vocabulary, a.evidence)),
          };
        })
        // Ties of the sorted column keep sentence order ("… increases HGF" before "… increases VEGF").
        .sort((x, y) => x.sentence.localeCompare(y.sentence)),
    [graph, vocabulary, visible],
  );
  const value = useCallback((row: Row, key: Key) => row[key], []);
  const { sorted, sortBy, ariaSort } = useSortable<Row, Key>(rows, 'source', value);
  const levelOf = (rank: number) => vocabulary.levels.find((l) => l.rank === rank)?.id;
  const ids = useMemo(() => sorted.map((r) => r.id), [sorted]);
  // Type-ahead matches the column the table is sorted by (sorted by "To", "V" finds VEGF).
  const typedColumn = (['target', 'relation'] as const).find((k) => ariaSort(k) !== 'none');
  const labels = useMemo(
    () => sorted.map((r) => (typedColumn ? r[typedColumn] : r.sentence)),
    [sorted, typedColumn],
  );
  const selectedEdge = selection?.kind === 'edge' ? selection.id : undefined;
  const roving = useRovingFocus(ids, labels, selectedEdge);
  const open = useCallback(
    (id: string) => {
      store.getState().selectEdge(id);
      store.getState().setPanel('details');
    },
    [store],
  );
  return (
    <table className="data-table" id="relation-table">
      <caption>Relations ({rows.length})</caption>
      <thead>
        <tr>
          <SortHeader label="From" column="source" ariaSort={ariaSort} sortBy={sortBy} table="relations" />
          <SortHeader
            label="Relation"
            column="relation"
            ariaSort={ariaSort}
            sortBy={sortBy}
            table="relations"
          />
          <SortHeader label="To" column="target" ariaSort={ariaSort} sortBy={sortBy} table="relations" />
          <SortHeader
            label="Evidence"
            column="evidence"
            ariaSort={ariaSort}
            sortBy={sortBy}
            table="relations"
          />
          <SortHeader
            label="Best level"
            column="level"
            ariaSort={ariaSort}
            sortBy={sortBy}
            table="relations"
          />
        </tr>
      </thead>
      <tbody onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {sorted.map((row) => (
          <RelationRow
            key={row.id}
            row={row}
            level={levelOf(row.level)}
            selected={row.id === selectedEdge}
            tabbable={row.id === roving.current}
            open={open}
          />
        ))}
      </tbody>
    </table>
  );
};
