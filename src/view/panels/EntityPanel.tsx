import { useDataset } from '../../dataset/DatasetContext';
import { entityRefs } from '../../model/entityRelations';
import { nodeEvidenceCount, narrowerOf } from '../../model/graphQueries';
import { useViewStore } from '../../state/store';
import { EntityLink } from '../common/EntityLink';
import { Citation } from './Citation';
import { RelationList } from './RelationList';

/** An entity: what it is, its aliases, warnings, relations and the papers behind them. */
export const EntityPanel = ({ id }: { id: string }) => {
  const { graph, vocabulary } = useDataset();
  const a = graph.getNodeAttributes(id);
  const type = vocabulary.typeInfo(a.type);
  const refs = entityRefs(graph, id);
  const narrower = narrowerOf(graph, id);
  const focusOn = useViewStore((s) => s.focusOn);
  const groupLabel = a.group && graph.getAttribute('groups')[a.type]?.find((g) => g.id === a.group)?.label;
  return (
    <section className="panel entity-panel" aria-labelledby="entity-heading">
      <h2 id="entity-heading">Entity</h2>
      <p className="entity-title">
        <span className="swatch" aria-hidden="true" style={{ background: type.colour }} />
        <strong>{a.label}</strong> <span className="type-label">{type.label}</span>
      </p>
      <p className="entity-id">
        <code>{id}</code>
      </p>
      {a.description && <p>{a.description}</p>}
      <dl className="details">
        {a.aliases.length > 0 && (
          <div>
            <dt>Also called</dt>
            <dd>{a.aliases.join(' · ')}</dd>
          </div>
        )}
        {groupLabel && (
          <div>
            <dt>Group</dt>
            <dd>{groupLabel}</dd>
          </div>
        )}
        {vocabulary.schema.attributes
          .filter((attribute) => attribute.type === a.type && typeof a[attribute.id] === 'string')
          .map((attribute) => (
            <div key={attribute.id}>
              <dt>{attribute.label}</dt>
              <dd>
                {attribute.values.find((v) => v.id === a[attribute.id])?.label ?? String(a[attribute.id])}
              </dd>
            </div>
          ))}
        {a.broader && (
          <div>
            <dt>Broader</dt>
            <dd>
              <EntityLink id={a.broader} />
            </dd>
          </div>
        )}
        {narrower.length > 0 && (
          <div>
            <dt>Narrower</dt>
            <dd>
              {narrower.map((n) => (
                <EntityLink key={n} id={n} />
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Links</dt>
          <dd>
            {graph.degree(id)} relations · {nodeEvidenceCount(graph, id)} evidence items · {refs.length}{' '}
            references
          </dd>
        </div>
      </dl>
      {a.warnings.map((w) => (
        <p key={w} className="warning" role="note">
          ⚠ {w}
        </p>
      ))}
      <p>
        <button type="button" onClick={() => focusOn(id)}>
          Focus on its neighbourhood
        </button>
      </p>
      <RelationList id={id} />
      {refs.length > 0 && (
        <details className="entity-refs">
          <summary>Papers behind these relations ({refs.length})</summary>
          <ol className="citations">
            {refs.map((r) => (
              <Citation key={r} number={r} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
};
