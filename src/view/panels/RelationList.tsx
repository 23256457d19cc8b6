import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { entityRelations } from '../../model/entityRelations';
import { useViewStore } from '../../state/store';
import { useVisibleSubgraph } from '../hooks/useVisibleSubgraph';

/** An entity's relations grouped by kind and direction; each opens its evidence. */
export const RelationList = ({ id }: { id: string }) => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const visible = useVisibleSubgraph();
  const selectEdge = useViewStore((s) => s.selectEdge);
  const groups = entityRelations(graph, id);
  if (groups.length === 0) return <p className="muted">No relations.</p>;
  return (
    <div className="relation-groups">
      <h3>Relations</h3>
      {groups.map((group) => (
        <div key={`${group.relation}-${group.direction}`} className="relation-group">
          <h4>
            {group.direction === 'out'
              ? `${vocabulary.verb(group.relation)} →`
              : `← ${vocabulary.verb(group.relation)}`}{' '}
            <span className="muted">({group.edges.length})</span>
          </h4>
          <ul>
            {group.edges.map(({ edge, other, evidence }) => (
              <li key={edge} className={visible.edges.has(edge) ? '' : 'filtered-out'}>
                <button type="button" className="relation-link" onClick={() => selectEdge(edge)}>
                  {graph.getNodeAttribute(other, 'label')}
                  <span className="muted"> · {evidence} evidence</span>
                  {!visible.edges.has(edge) && <span className="muted"> (hidden by filters)</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
};
