import { useGraph } from '../../dataset/DatasetContext';
import type { GapReason, ReasonStep } from '../../model/gaps/gapCandidates';
import { LevelBadge } from '../common/LevelBadge';
import { EvidenceItemView } from '../panels/EvidenceItemView';

const StepView = ({ step, compact }: { step: ReasonStep; compact?: boolean }) => {
  const graph = useGraph();
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return (
    <span className="reason-step">
      {label(step.from)} ⟷ {label(step.to)} <LevelBadge level={step.level} />{' '}
      <span className="muted">
        {step.items.length} item{step.items.length === 1 ? '' : 's'}
      </span>
      {!compact && (
        <details>
          <summary>Evidence for this step</summary>
          {step.items.map((entry) => (
            <EvidenceItemView key={entry.key} item={entry.item} />
          ))}
        </details>
      )}
    </span>
  );
};

/** One reason for a candidate gap, step by step, each step with its evidence. */
export const ReasonView = ({ reason, compact }: { reason: GapReason; compact?: boolean }) => {
  const graph = useGraph();
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  if (reason.kind === 'path') {
    return (
      <span className="reason">
        Chain of statements:{' '}
        {reason.steps.map((s, i) => (
          <span key={i}>
            {i > 0 && ' → '}
            <StepView step={s} compact={compact} />
          </span>
        ))}
      </span>
    );
  }
  if (reason.kind === 'related-column') {
    return (
      <span className="reason">
        Worked for {reason.relation === 'sibling' ? 'a closely related' : 'a'} disease of the same{' '}
        {reason.relation === 'sibling' ? 'kind' : 'group'}, {label(reason.via)}:{' '}
        <StepView step={reason.step} compact={compact} />
      </span>
    );
  }
  return (
    <span className="reason">
      {reason.relation === 'sibling' ? 'A related row' : `Shown for ${reason.relation}`}, {label(reason.via)}:{' '}
      <StepView step={reason.step} compact={compact} />
    </span>
  );
};
