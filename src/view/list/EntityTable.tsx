import { useCallback, useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { nodeEvidenceCount } from '../../model/graphQueries';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { SortHeader } from './SortHeader';
import { useSortable } from './useSortable';

type Key = 'label' | 'type' | 'relations' | 'evidence';
interface Row {
  id: string;
  label: string;
  type: string;
  relations: number;
  evidence: number;
}

/** Visible entities, sortable; the selected one is marked and kept in view. */
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
  const select = (id: string) => {
    const state = store.getState();
    state.selectNode(id);
    state.centreOn([id]);
    state.setPanel('details');
  };
  return (
    <table className="data-table">
      <caption>Entities ({rows.length})</caption>
      <thead>
        <tr>
          <SortHeader label="Entity" column="label" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Type" column="type" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Relations" column="relations" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Evidence" column="evidence" ariaSort={ariaSort} sortBy={sortBy} />
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const selected = selection?.kind === 'node' && selection.id === row.id;
          return (
            <tr
              key={row.id}
              aria-selected={selected}
              className={selected ? 'selected' : undefined}
              ref={selected ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            >
              <td>
                <button type="button" className="relation-link" onClick={() => select(row.id)}>
                  {row.label}
                </button>
              </td>
              <td>{row.type}</td>
              <td className="num">{row.relations}</td>
              <td className="num">{row.evidence}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
