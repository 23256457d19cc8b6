import { useMemo } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { rankingRule } from '../../model/pathSearch/rankPaths';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { usePaths } from '../hooks/usePaths';
import { EntityCombobox } from '../search/EntityCombobox';
import { PathCard } from './PathCard';
import { PathDirectionChoice } from './PathDirectionChoice';
import './paths.css';

/**
 * Paths between two entities over what the filters show: by default chains of claims (each step
 * along a relation's direction), else steps against a direction or through a shared mention, said
 * as such; each path with why it ranks where it does. The search runs off the render path.
 */
const PathPanel = () => {
  const store = useViewStoreApi();
  const { graph, vocabulary } = useDataset();
  const drawnTypes = useMemo(() => vocabulary.drawnTypes.map((t) => t.id), [vocabulary]);
  const path = useViewStore((s) => s.path);
  const from = useViewStore((s) => s.path?.from ?? s.pathDraft.from);
  const to = useViewStore((s) => s.path?.to ?? s.pathDraft.to);
  const pathIndex = useViewStore((s) => s.pathIndex);
  const { setPath, setPathEnd, setPathIndex, clearPath } = store.getState();
  const { paths, searching, result, direction } = usePaths();
  const label = (id: string | undefined) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '';
  return (
    <section className="panel path-panel" aria-labelledby="paths-heading">
      <h2 id="paths-heading">Paths</h2>
      <p className="muted">How two entities are linked by the review’s claims, over what the filters show.</p>
      <div className="path-ends">
        <EntityCombobox
          key={`from-${from}`}
          label="From"
          showLabel
          types={drawnTypes}
          initialText={label(from)}
          onPick={(hit) => setPathEnd('from', hit.id)}
        />
        <EntityCombobox
          key={`to-${to}`}
          label="To"
          showLabel
          types={drawnTypes}
          initialText={label(to)}
          onPick={(hit) => setPathEnd('to', hit.id)}
        />
        {path && (
          <p>
            <button type="button" onClick={() => setPath(path.to, path.from)}>
              Swap
            </button>{' '}
            <button type="button" onClick={clearPath}>
              Clear
            </button>
          </p>
        )}
      </div>
      <PathDirectionChoice />
      <details className="path-rule">
        <summary>How paths are ranked</summary>
        <p>{rankingRule(direction)}</p>
        <p className="muted">
          A hub is an entity with many relations: a path through it says less than one through specific
          entities.
        </p>
      </details>
      <div role="status" className="path-status">
        {path && searching && <p>Searching for paths…</p>}
        {path && !searching && paths.length === 0 && (
          <p>
            No path between {label(path.from)} and {label(path.to)} with the current filters.
          </p>
        )}
        {result?.truncated && (
          <p>
            Stopped after {Math.round(result.elapsedMs / 100) / 10} s: the best of what the search found so
            far.
          </p>
        )}
      </div>
      {paths.length > 0 && (
        <ol className="path-list" aria-label="Paths found">
          {paths.map((found, i) => (
            <PathCard
              key={found.nodes.join('>')}
              path={found}
              index={i}
              previous={paths[i - 1]}
              direction={direction}
              active={i === pathIndex}
              onChoose={() => setPathIndex(i)}
            />
          ))}
        </ol>
      )}
    </section>
  );
};

export default PathPanel;
