import { useVocabulary } from '../../dataset/DatasetContext';

/** Study level as text and colour (never colour alone). */
export const LevelBadge = ({ level }: { level: string | undefined }) => {
  const info = useVocabulary().level(level ?? '');
  if (!info) return null;
  return (
    <span
      className={`badge level level-${info.id}`}
      title={info.description}
      style={{ borderColor: info.colour }}
    >
      {info.label}
    </span>
  );
};
