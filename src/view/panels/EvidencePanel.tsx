import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { edgeHedged } from '../../model/certainty';
import { claimSentence } from '../../model/claims';
import { EntityLink } from '../common/EntityLink';
import { EvidenceItemView } from './EvidenceItemView';

/** Everything the review says for one relation. */
export const EvidencePanel = ({ edge }: { edge: string }) => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const a = graph.getEdgeAttributes(edge);
  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <p className="claim">{claimSentence(graph, edge)}</p>
      <p className="claim-ends">
        <EntityLink id={graph.source(edge)} /> <span className="verb">{vocabulary.verb(a.relation)}</span>{' '}
        <EntityLink id={graph.target(edge)} />
      </p>
      <p className="muted">
        {a.evidence.length} evidence item{a.evidence.length === 1 ? '' : 's'} · relation “{a.relation}”:{' '}
        {vocabulary.relation(a.relation)?.description}
      </p>
      {edgeHedged(vocabulary, a.evidence) && (
        <p className="hedged-claim" role="note">
          No statement behind this link is a stated finding: it is drawn with a hollow arrowhead.
        </p>
      )}
      {a.evidence.map((item, i) => (
        <EvidenceItemView key={`${i}-${item.quote.slice(0, 20)}`} item={item} />
      ))}
    </section>
  );
};
