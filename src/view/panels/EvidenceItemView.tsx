import { useVocabulary } from '../../dataset/DatasetContext';
import type { EvidenceItem } from '../../model/types';
import { EntityLink } from '../common/EntityLink';
import { LevelBadge } from '../common/LevelBadge';
import { Citation } from './Citation';
import { ItemConditions } from './ItemConditions';

const DETAIL_FIELDS = [
  ['species', 'Species'],
  ['model', 'Model'],
  ['route', 'Route'],
  ['design', 'Design'],
  ['country', 'Country'],
  ['dose', 'Dose'],
  ['treatments', 'Treatments'],
  ['donor', 'Donor'],
  ['follow_up', 'Follow-up'],
  ['participants', 'Participants'],
] as const;

/** One evidence item: the quote, where it stands, its level, certainty and conditions, study details, warnings and references. */
export const EvidenceItemView = ({ item }: { item: EvidenceItem }) => {
  const vocabulary = useVocabulary();
  return (
    <article className="evidence-item">
      <blockquote className="quote">“{item.quote}”</blockquote>
      <p className="evidence-meta">
        <LevelBadge level={item.level} />{' '}
        <span className="section">
          § {item.section} · {vocabulary.sectionTitle(item.section)}
        </span>
        {item.outcome && (
          <span className={`badge outcome outcome-${item.outcome}`}>
            {vocabulary.outcomeLabel(item.outcome)}
          </span>
        )}
      </p>
      <ItemConditions item={item} />
      {DETAIL_FIELDS.some(([key]) => item[key] !== undefined) && (
        <dl className="details">
          {DETAIL_FIELDS.filter(([key]) => item[key] !== undefined).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{String(item[key])}</dd>
            </div>
          ))}
        </dl>
      )}
      {item.involves && item.involves.length > 0 && (
        <p className="involves">
          Also names:{' '}
          {item.involves.map((id) => (
            <EntityLink key={id} id={id} />
          ))}
        </p>
      )}
      {item.notes && <p className="notes">Note: {item.notes}</p>}
      {item.warnings?.map((w) => (
        <p key={w} className="warning" role="note">
          ⚠ {w}
        </p>
      ))}
      {item.refs.length > 0 ? (
        <ol className="citations">
          {item.refs.map((r) => (
            <Citation key={r} number={r} />
          ))}
        </ol>
      ) : (
        <p className="no-refs">The review gives no reference for this statement.</p>
      )}
    </article>
  );
};
