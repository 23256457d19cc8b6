import { useCallback, useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { edgeLevel } from '../../model/graphQueries';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { SortHeader } from './SortHeader';
import { useSortable } from './useSortable';

type Key = 'source' | 'relation' | 'target' | 'evidence' | 'level';
interface Row {
  id: string;
  source: string;
  relation: string;
  target: string;
  evidence: number;
  level: number;
}

/** Visible relations, sortable; choosing one opens its evidence. */
export const RelationTable = () => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const visible = useVisibleSubgraph();
  const selection = useViewStore((s) => s.selection);
  const rows = useMemo<Row[]>(
    () =>
      [...visible.edges].map((id) => {
        const a = graph.getEdgeAttributes(id);
        return {
          id,
          source: graph.getNodeAttribute(graph.source(id), 'label'),
          relation: vocabulary.verb(a.relation),
          target: graph.getNodeAttribute(graph.target(id), 'label'),
          evidence: a.evidence.length,
          level: vocabulary.rank(edgeLevel(vocabulary, a.evidence)),
        };
      }),
    [graph, vocabulary, visible],
  );
  const value = useCallback((row: Row, key: Key) => row[key], []);
  const { sorted, sortBy, ariaSort } = useSortable<Row, Key>(rows, 'source', value);
  const levelOf = (rank: number) => vocabulary.levels.find((l) => l.rank === rank)?.id;
  return (
    <table className="data-table" id="relation-table">
      <caption>Relations ({rows.length})</caption>
      <thead>
        <tr>
          <SortHeader label="From" column="source" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Relation" column="relation" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="To" column="target" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Evidence" column="evidence" ariaSort={ariaSort} sortBy={sortBy} />
          <SortHeader label="Best level" column="level" ariaSort={ariaSort} sortBy={sortBy} />
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const selected = selection?.kind === 'edge' && selection.id === row.id;
          return (
            <tr key={row.id} aria-selected={selected} className={selected ? 'selected' : undefined}>
              <td>{row.source}</td>
              <td>
                <button
                  type="button"
                  className="relation-link"
                  // Read as the claim it is, both ends included (not "increases" eighty times over).
                  aria-label={`${row.source} ${row.relation} ${row.target}`}
                  onClick={() => {
                    store.getState().selectEdge(row.id);
                    store.getState().setPanel('details');
                  }}
                >
                  {row.relation}
                </button>
              </td>
              <td>{row.target}</td>
              <td className="num">{row.evidence}</td>
              <td>
                <LevelBadge level={levelOf(row.level)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
