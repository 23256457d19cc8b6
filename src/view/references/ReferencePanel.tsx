import { useMemo, useState } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { claimSentence } from '../../model/claims';
import { formatCitation } from '../../model/citation';
import { referenceId } from '../../model/vocabOf';
import { citationCounts, claimsCiting } from '../../model/refClaims';
import { useViewStore } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';
import { Citation } from '../panels/Citation';

/** The 142 references, searchable; choosing one lists (and highlights) every claim it supports. */
const ReferencePanel = () => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const ref = useViewStore((s) => s.ref);
  const selectRef = useViewStore((s) => s.selectRef);
  const selectEdge = useViewStore((s) => s.selectEdge);
  const [query, setQuery] = useState('');
  const counts = useMemo(() => citationCounts(graph), [graph]);
  const papers = useMemo(
    () =>
      graph
        .filterNodes((_id, a) => a.type === vocabulary.referenceType)
        .map((id) => graph.getNodeAttributes(id))
        .sort((a, b) => a.ref! - b.ref!),
    [graph, vocabulary],
  );
  const q = query.trim().toLowerCase();
  const shown = q
    ? papers.filter((p) =>
        `${p.ref} ${p.authors} ${p.title} ${p.journal ?? ''} ${p.year ?? ''}`.toLowerCase().includes(q),
      )
    : papers;
  const claims = ref !== null ? claimsCiting(graph, ref) : [];
  return (
    <section className="panel reference-panel" aria-labelledby="refs-heading">
      <h2 id="refs-heading">References</h2>
      {ref !== null && graph.hasNode(referenceId(graph, ref)) && (
        <div className="reference-detail">
          <ol className="citations">
            <Citation number={ref} />
          </ol>
          <h3>
            Supports {claims.length} evidence item{claims.length === 1 ? '' : 's'} in{' '}
            {new Set(claims.map((c) => c.edge)).size} relations
          </h3>
          <ul className="ref-claims">
            {claims.map(({ edge, item }, i) => (
              <li key={`${edge}-${i}`}>
                <button type="button" className="relation-link" onClick={() => selectEdge(edge)}>
                  {claimSentence(graph, edge)}
                </button>{' '}
                <LevelBadge level={item.level} /> <span className="muted">§ {item.section}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => selectRef(null)}>
            Back to all references
          </button>
        </div>
      )}
      <label className="combobox-label" htmlFor="ref-filter">
        Filter references
      </label>
      <input
        id="ref-filter"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Number, author, title, journal, year"
      />
      <p className="muted">
        {shown.length} of {papers.length} references
      </p>
      <ol className="reference-list">
        {shown.map((p) => (
          <li key={p.ref} value={p.ref}>
            <button
              type="button"
              className={p.ref === ref ? 'reference-item active' : 'reference-item'}
              aria-pressed={p.ref === ref}
              onClick={() => selectRef(p.ref!)}
            >
              <span className="ref-number">[{p.ref}]</span> {formatCitation(p)}{' '}
              <span className="muted">· {counts.get(p.ref!) ?? 0} evidence</span>
              {p.warnings.length > 0 && <span className="badge badge-warn">⚠ {p.warnings.length}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
};

export default ReferencePanel;
