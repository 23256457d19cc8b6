import { useDataset } from '../../dataset/DatasetContext';
import { edgeLevel } from '../../model/graphQueries';
import type { PathStep } from '../../model/paths';
import { useViewStoreApi } from '../../state/store';
import { LevelBadge } from '../common/LevelBadge';

/**
 * One step of a path: the relations it walks, each as the claim it is (source — verb → target),
 * with a plain note when the step goes against the relation's direction or only shares a mention
 * (then the statements that name both are listed instead).
 */
export const PathStepView = ({ step }: { step: PathStep }) => {
  const store = useViewStoreApi();
  const { graph, vocabulary } = useDataset();
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const claim = (edge: string) =>
    `${label(graph.source(edge))} ${vocabulary.verb(graph.getEdgeAttribute(edge, 'relation'))} ${label(graph.target(edge))}`;
  return (
    <li className={`path-step path-step-${step.kind}`}>
      {step.kind === 'against' && (
        <p className="path-step-note">
          {label(step.from)} → {label(step.to)} goes against the relation’s direction:
        </p>
      )}
      {step.kind === 'mention' && (
        <p className="path-step-note">
          No relation links {label(step.from)} and {label(step.to)}; a statement names them together, on:
        </p>
      )}
      {step.edges.map((edge) => {
        const a = graph.getEdgeAttributes(edge);
        const directed = vocabulary.relation(a.relation)?.directed !== false;
        const level = vocabulary.level(edgeLevel(vocabulary, a.evidence) ?? '')?.label;
        return (
          <button
            key={edge}
            type="button"
            className="relation-link"
            aria-label={`Evidence: ${claim(edge)}${level ? `, ${level}` : ''}, ${a.evidence.length} evidence`}
            onClick={() => store.getState().selectEdge(edge)}
          >
            <span>
              {label(graph.source(edge))} — {vocabulary.verb(a.relation)} {directed ? '→' : '—'}{' '}
              {label(graph.target(edge))}
            </span>
            <LevelBadge level={edgeLevel(vocabulary, a.evidence)} />
            <span className="muted">{a.evidence.length} evidence</span>
          </button>
        );
      })}
    </li>
  );
};
