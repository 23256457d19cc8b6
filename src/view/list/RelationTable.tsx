import { useCallback, useMemo } from 'react';
import { useGraph } from '../../app/GraphContext';
import { edgeLevel } from '../../model/graphQueries';
import { LEVELS, levelRank } from '../../model/evidence';
import { RELATIONS } from '../../model/relations';
import { useViewStore } from '../../state/store';
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
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const selection = useViewStore((s) => s.selection);
  const rows = useMemo<Row[]>(
    () =>
      [...visible.edges].map((id) => {
        const a = graph.getEdgeAttributes(id);
        return {
          id,
          source: graph.getNodeAttribute(graph.source(id), 'label'),
          relation: RELATIONS[a.relation].verb,
          target: graph.getNodeAttribute(graph.target(id), 'label'),
          evidence: a.evidence.length,
          level: levelRank(edgeLevel(a.evidence)),
        };
      }),
    [graph, visible],
  );
  const value = useCallback((row: Row, key: Key) => row[key], []);
  const { sorted, sortBy, ariaSort } = useSortable<Row, Key>(rows, 'source', value);
  const levelOf = (rank: number) => Object.values(LEVELS).find((l) => l.rank === rank)!.id;
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
                  onClick={() => {
                    useViewStore.getState().selectEdge(row.id);
                    useViewStore.getState().setPanel('details');
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
