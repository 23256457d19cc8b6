import { useMemo } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { edgeLevel } from '../../model/graphQueries';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';
import { usePaths } from '../hooks/usePaths';
import { EntityCombobox } from '../search/EntityCombobox';

/** Shortest paths between two entities, each step with its relation(s) and evidence. */
const PathPanel = () => {
  const store = useViewStoreApi();
  const { graph, vocabulary } = useDataset();
  const drawnTypes = useMemo(() => vocabulary.drawnTypes.map((t) => t.id), [vocabulary]);
  const path = useViewStore((s) => s.path);
  const from = useViewStore((s) => s.path?.from ?? s.pathDraft.from);
  const to = useViewStore((s) => s.path?.to ?? s.pathDraft.to);
  const pathIndex = useViewStore((s) => s.pathIndex);
  const { setPath, setPathEnd, setPathIndex, clearPath, selectEdge } = store.getState();
  const paths = usePaths();
  const label = (id: string | undefined) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '';
  return (
    <section className="panel path-panel" aria-labelledby="paths-heading">
      <h2 id="paths-heading">Paths</h2>
      <p className="muted">
        The shortest chains of relations between two entities (in either direction), over what the filters
        show.
      </p>
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
      {path && paths.length === 0 && (
        <p role="status">
          No path between {label(path.from)} and {label(path.to)} with the current filters.
        </p>
      )}
      {paths.length > 0 && (
        <ol className="path-list" aria-label="Shortest paths">
          {paths.map((found, i) => (
            <li key={found.nodes.join('>')} className={i === pathIndex ? 'path-item active' : 'path-item'}>
              <button
                type="button"
                className="path-choose"
                aria-pressed={i === pathIndex}
                onClick={() => setPathIndex(i)}
              >
                Path {i + 1}: {found.steps.length} step{found.steps.length === 1 ? '' : 's'}
              </button>
              <ol className="path-steps">
                {found.steps.map((step) => (
                  <li key={`${step.from}>${step.to}`}>
                    {step.edges.map((edge) => {
                      const a = graph.getEdgeAttributes(edge);
                      const forward = graph.source(edge) === step.from;
                      return (
                        <button
                          key={edge}
                          type="button"
                          className="relation-link"
                          onClick={() => selectEdge(edge)}
                        >
                          {label(step.from)}{' '}
                          {forward
                            ? `— ${vocabulary.verb(a.relation)} →`
                            : `← ${vocabulary.verb(a.relation)} —`}{' '}
                          {label(step.to)} <LevelBadge level={edgeLevel(vocabulary, a.evidence)} />{' '}
                          <span className="muted">{a.evidence.length} evidence</span>
                        </button>
                      );
                    })}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};

export default PathPanel;
