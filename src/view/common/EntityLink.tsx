import { useGraph } from '../../app/GraphContext';
import { ENTITY_TYPES } from '../../model/entityTypes';
import { useViewStore } from '../../state/store';

/** A button that selects (and centres on) an entity. */
export const EntityLink = ({ id }: { id: string }) => {
  const graph = useGraph();
  if (!graph.hasNode(id)) return <span className="entity-missing">{id}</span>;
  const a = graph.getNodeAttributes(id);
  const select = () => {
    const { selectNode, centreOn, focus, focusOn } = useViewStore.getState();
    if (focus) focusOn(id);
    else selectNode(id);
    centreOn([id]);
  };
  return (
    <button
      type="button"
      className={`entity-link type-${a.type}`}
      onClick={select}
      title={`${ENTITY_TYPES[a.type].label}: ${a.label}`}
    >
      <span className="swatch" aria-hidden="true" style={{ background: ENTITY_TYPES[a.type].colour }} />
      {a.label}
    </button>
  );
};
