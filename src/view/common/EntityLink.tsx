import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { useViewStoreApi } from '../../state/store';

/** A button that selects (and centres on) an entity. */
export const EntityLink = ({ id }: { id: string }) => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const vocabulary = useVocabulary();
  if (!graph.hasNode(id)) return <span className="entity-missing">{id}</span>;
  const a = graph.getNodeAttributes(id);
  const select = () => {
    const { selectNode, centreOn, focus, focusOn } = store.getState();
    if (focus) focusOn(id);
    else selectNode(id);
    centreOn([id]);
  };
  return (
    <button
      type="button"
      className={`entity-link type-${a.type}`}
      onClick={select}
      title={`${vocabulary.typeLabel(a.type)}: ${a.label}`}
    >
      <span
        className="swatch"
        aria-hidden="true"
        style={{ background: vocabulary.typeInfo(a.type).colour }}
      />
      {a.label}
    </button>
  );
};
