import { useVocabulary } from '../../dataset/DatasetContext';
import type { EvidenceItem } from '../../model/types';
import { EntityLink } from '../common/EntityLink';
import './certainty.css';

/**
 * How certain the source is about one item, and the conditions of its effect: the other agents given
 * with the edge's source ("Given with CAR T cells") and where the effect was measured ("Measured in
 * macrophages"). A hedged certainty is a labelled badge with what it means; a stated one stays quiet.
 */
export const ItemConditions = ({ item }: { item: EvidenceItem }) => {
  const vocabulary = useVocabulary();
  const info = vocabulary.certaintyInfo(item.certainty);
  const hedged = vocabulary.isHedged(item.certainty);
  const given = item.with ?? [];
  const measured = item.measured_in ?? [];
  if (!info && given.length === 0 && measured.length === 0) return null;
  return (
    <div className="item-conditions">
      {info && (
        <p className={hedged ? `certainty certainty-${info.role}` : 'certainty certainty-quiet'}>
          <span className="certainty-label">{hedged ? info.label : `${info.label} finding`}</span>
          {hedged && info.description && <span className="certainty-why"> · {info.description}</span>}
        </p>
      )}
      {given.length > 0 && (
        <p className="given-with">
          Given with{' '}
          {given.map((id) => (
            <EntityLink key={id} id={id} />
          ))}
        </p>
      )}
      {measured.length > 0 && (
        <p className="measured-in">
          Measured in{' '}
          {measured.map((id) => (
            <EntityLink key={id} id={id} />
          ))}
        </p>
      )}
    </div>
  );
};
