import { useMemo, useState } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { useViewStore } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { LegendKey } from './LegendKey';
import { HedgedLegendEntry } from './HedgedLegendEntry';
import { ShapeIcon } from './ShapeIcon';

/** The legend is the type filter: each entry shows shape, colour and counts, and toggles its type. */
export const Legend = () => {
  const { graph, vocabulary } = useDataset();
  const visible = useVisibleSubgraph();
  const types = useViewStore((s) => s.filters.types);
  const toggleType = useViewStore((s) => s.toggleType);
  const view = useViewStore((s) => s.view);
  const storyActive = useViewStore((s) => s.story !== null);
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const expanded = open ?? (view === 'graph' && !storyActive);
  const totals = useMemo(() => {
    const counts = new Map<string, number>();
    graph.forEachNode((_id, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    return counts;
  }, [graph]);
  const shown = (type: string) =>
    [...visible.nodes].filter((id) => graph.getNodeAttribute(id, 'type') === type).length;
  return (
    <nav className="legend" aria-label="Legend and entity type filter">
      <h2 className="visually-hidden">Legend</h2>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={expanded}
        onClick={() => setOpen(!expanded)}
      >
        Legend {expanded ? '▾' : '▸'}
      </button>
      {expanded && (
        <>
          <ul>
            {vocabulary.drawnTypes.map((info) => {
              const type = info.id;
              const on = types.includes(type);
              return (
                <li key={type}>
                  <button
                    type="button"
                    aria-pressed={on}
                    className={on ? 'legend-item' : 'legend-item off'}
                    onClick={() => toggleType(type)}
                    title={`${on ? 'Hide' : 'Show'} ${info.plural.toLowerCase()}: ${info.description}`}
                  >
                    <ShapeIcon shape={info.shape} colour={info.colour} />
                    <span>{info.plural}</span>
                    <span className="count">
                      {on ? `${shown(type)}/${totals.get(type) ?? 0}` : `0/${totals.get(type) ?? 0}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="legend-lines" aria-label="Edge line styles">
            {vocabulary.levels
              .filter((l, i, all) => all.findIndex((m) => m.line === l.line) === i)
              .map((l) => (
                <span key={l.line} className={`line-sample line-${l.line}`}>
                  {vocabulary.levels
                    .filter((m) => m.line === l.line)
                    .map((m) => m.label)
                    .join(' / ')}
                </span>
              ))}
          </p>
          <LegendKey />
          <HedgedLegendEntry />
        </>
      )}
    </nav>
  );
};
