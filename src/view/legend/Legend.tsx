import { useMemo, useState } from 'react';
import { useGraph } from '../../app/GraphContext';
import { ENTITY_TYPE_IDS, ENTITY_TYPES, type EntityType } from '../../model/entityTypes';
import { LEVELS } from '../../model/evidence';
import { useViewStore } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';
import { LegendKey } from './LegendKey';
import { ShapeIcon } from './ShapeIcon';

const CANVAS_TYPES = ENTITY_TYPE_IDS.filter((t) => t !== 'paper');

/** The legend is the type filter: each entry shows shape, colour and counts, and toggles its type. */
export const Legend = () => {
  const graph = useGraph();
  const visible = useVisibleSubgraph();
  const types = useViewStore((s) => s.filters.types);
  const toggleType = useViewStore((s) => s.toggleType);
  const view = useViewStore((s) => s.view);
  const storyActive = useViewStore((s) => s.story !== null);
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const expanded = open ?? (view === 'graph' && !storyActive);
  const totals = useMemo(() => {
    const counts = Object.fromEntries(CANVAS_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    graph.forEachNode((_id, a) => {
      if (a.type !== 'paper') counts[a.type] += 1;
    });
    return counts;
  }, [graph]);
  const shown = (type: EntityType) =>
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
            {CANVAS_TYPES.map((type) => {
              const info = ENTITY_TYPES[type];
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
                      {on ? `${shown(type)}/${totals[type]}` : `0/${totals[type]}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="legend-lines" aria-label="Edge line styles">
            {Object.values(LEVELS)
              .filter((l, i, all) => all.findIndex((m) => m.line === l.line) === i)
              .map((l) => (
                <span key={l.line} className={`line-sample line-${l.line}`}>
                  {Object.values(LEVELS)
                    .filter((m) => m.line === l.line)
                    .map((m) => m.label)
                    .join(' / ')}
                </span>
              ))}
          </p>
          <LegendKey />
        </>
      )}
    </nav>
  );
};
