import { useState, type FormEvent } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { makeFlag } from '../../model/audit/auditPatch';
import {
  defaultChange,
  FLAG_ERRORS,
  FLAG_LABELS,
  type FlagChange,
  type FlagError,
} from '../../model/audit/flags';
import { useViewStoreApi } from '../../state/store';

/**
 * "Flag" on an evidence item: what is wrong (error types), the change a curator should make, in
 * graph-data's terms, and a note. Kept in this browser; exported from the audit view as a patch.
 */
const FlagForm = ({ edge, index }: { edge: string; index: number }) => {
  const store = useViewStoreApi();
  const { graph, vocabulary, id: datasetId } = useDataset();
  const item = graph.getEdgeAttribute(edge, 'evidence')[index]!;
  const [error, setError] = useState<FlagError>('not_supported');
  const [note, setNote] = useState('');
  const [level, setLevel] = useState('');
  const [relation, setRelation] = useState('');
  const [end, setEnd] = useState<'from' | 'to'>('to');
  const [entity, setEntity] = useState('');
  const [problem, setProblem] = useState('');
  const entityIds = (text: string) =>
    text
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change: FlagChange = { ...defaultChange(error) };
    if (error === 'wrong_level') {
      if (!level || level === item.level) return setProblem('Choose the level the quote supports.');
      change.level = level;
    }
    if (error === 'wrong_relation') {
      if (!relation) return setProblem('Choose the relation the quote states.');
      change.relation = relation;
    }
    if (error === 'wrong_entity') {
      if (!graph.hasNode(entity)) return setProblem(`No entity with the id “${entity}”.`);
      change[end] = entity;
    }
    if (error === 'missing_context') {
      const ids = entityIds(entity);
      const unknown = ids.filter((x) => !graph.hasNode(x));
      if (unknown.length > 0) return setProblem(`No entity with the id “${unknown[0]}”.`);
      if (ids.length > 0) change.involves = ids;
      else if (!note.trim())
        return setProblem('Name the entities the item should list, or say what is missing.');
    }
    if (error === 'duplicate' && entity) {
      if (!graph.hasEdge(entity)) return setProblem(`No relation with the id “${entity}”.`);
      change.duplicate_of = entity;
    }
    store.getState().addFlag(makeFlag(graph, edge, index, error, change, note.trim()));
    store
      .getState()
      .notify(`Flag saved in this browser (dataset ${datasetId}); export the patch from the Audit view.`);
  };
  return (
    <form className="flag-form" aria-label="Flag this evidence item" onSubmit={submit}>
      <fieldset>
        <legend>What is wrong?</legend>
        {FLAG_ERRORS.map((e) => (
          <label key={e}>
            <input
              type="radio"
              name="flag-error"
              value={e}
              checked={error === e}
              onChange={() => setError(e)}
            />{' '}
            {FLAG_LABELS[e]}
          </label>
        ))}
      </fieldset>
      {error === 'wrong_level' && (
        <label>
          The level the quote supports{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">choose…</option>
            {vocabulary.levels
              .filter((l) => l.id !== item.level)
              .map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
          </select>
        </label>
      )}
      {error === 'wrong_relation' && (
        <label>
          The relation it states{' '}
          <select value={relation} onChange={(e) => setRelation(e.target.value)}>
            <option value="">choose…</option>
            {vocabulary.relations
              .filter((r) => r.id !== graph.getEdgeAttribute(edge, 'relation'))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.verb}
                </option>
              ))}
          </select>
        </label>
      )}
      {error === 'wrong_entity' && (
        <label>
          <select
            value={end}
            onChange={(e) => setEnd(e.target.value as 'from' | 'to')}
            aria-label="Which end"
          >
            <option value="from">Source should be</option>
            <option value="to">Target should be</option>
          </select>{' '}
          <input
            value={entity}
            onChange={(e) => setEntity(e.target.value)}
            placeholder="entity id, e.g. factor/vegf"
            aria-label="Entity id"
          />
        </label>
      )}
      {(error === 'missing_context' || error === 'duplicate') && (
        <label>
          {error === 'duplicate'
            ? 'Duplicate of (relation id, optional)'
            : 'Entities the quote names (ids, comma-separated)'}{' '}
          <input
            value={entity}
            onChange={(e) => setEntity(e.target.value)}
            aria-label={error === 'duplicate' ? 'Duplicate of' : 'Entities to add'}
          />
        </label>
      )}
      <label>
        Note <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} aria-label="Note" />
      </label>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      <p>
        <button type="submit">Save flag</button>{' '}
        <button type="button" onClick={() => store.getState().cancelFlag()}>
          Cancel
        </button>
      </p>
    </form>
  );
};

export default FlagForm;
