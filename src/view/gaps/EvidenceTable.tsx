import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import type { ShownMatrix } from '../../model/gaps/arrangeLines';
import { lineOfEntity } from '../../model/gaps/axisLines';
import { useViewStore } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';
import { EvidenceTableFilters } from './EvidenceTableFilters';
import { useMapItems } from './useGapMatrix';

/**
 * The matrix's twin: the evidence items behind the lines shown (those naming a shown row and a
 * shown column), one per line with its rows, columns, level, section, references and outcome.
 * Its filters (and the evidence filters) narrow the matrix and the canvas as well. Virtualised.
 */
export const EvidenceTable = ({ shown }: { shown: ShownMatrix }) => {
  const { graph, vocabulary } = useDataset();
  const items = useMapItems();
  const selectEdge = useViewStore((s) => s.selectEdge);
  const rows = useMemo(() => {
    const rowOf = lineOfEntity(shown.rows);
    const colOf = lineOfEntity(shown.cols);
    const label = (id: string) =>
      graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id.replace(/^group:/, '');
    const lineLabel = new Map([...shown.rows, ...shown.cols].map((l) => [l.node.id, l.node.label]));
    return items.flatMap((entry) => {
      const r = new Set([...entry.rolledUp].map((id) => rowOf.get(id)).filter((x): x is string => !!x));
      const c = new Set([...entry.rolledUp].map((id) => colOf.get(id)).filter((x): x is string => !!x));
      if (r.size === 0 || c.size === 0) return [];
      return [
        {
          entry,
          rows: [...r].map((id) => lineLabel.get(id) ?? label(id)),
          cols: [...c].map((id) => lineLabel.get(id) ?? label(id)),
        },
      ];
    });
  }, [graph, items, shown]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 10,
  });
  const visible = virtual.getVirtualItems();
  const top = visible[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (visible.at(-1)?.end ?? 0);
  return (
    <div className="evidence-twin">
      <EvidenceTableFilters count={rows.length} />
      <div className="gap-scroll" ref={scroller}>
        <table
          className="evidence-table"
          aria-label="Evidence behind the gap map"
          aria-rowcount={rows.length + 1}
        >
          <thead>
            <tr>
              <th scope="col">Rows</th>
              <th scope="col">Columns</th>
              <th scope="col">Level</th>
              <th scope="col">Section</th>
              <th scope="col">References</th>
              <th scope="col">Outcome</th>
              <th scope="col">Statement</th>
            </tr>
          </thead>
          <tbody>
            {top > 0 && (
              <tr aria-hidden="true">
                <td colSpan={7} style={{ height: top }} />
              </tr>
            )}
            {visible.map((v) => {
              const { entry, rows: r, cols: c } = rows[v.index]!;
              return (
                <tr key={entry.key}>
                  <td>{r.join(', ')}</td>
                  <td>{c.join(', ')}</td>
                  <td>
                    <LevelBadge level={entry.item.level} />
                  </td>
                  <td>{entry.item.section}</td>
                  <td>{entry.item.refs.join(', ') || '—'}</td>
                  <td>{entry.item.outcome ? vocabulary.outcomeLabel(entry.item.outcome) : ''}</td>
                  <td>
                    <button
                      type="button"
                      className="relation-link quote-link"
                      title={entry.item.quote}
                      onClick={() => selectEdge(entry.edges[0]!)}
                    >
                      {entry.item.quote.length > 110
                        ? `${entry.item.quote.slice(0, 110)}…`
                        : entry.item.quote}
                    </button>
                  </td>
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={7} style={{ height: bottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
};
