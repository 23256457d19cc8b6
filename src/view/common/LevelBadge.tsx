import { LEVELS, type Level } from '../../model/evidence';

/** Study level as text and colour (never colour alone). */
export const LevelBadge = ({ level }: { level: Level }) => (
  <span className={`badge level level-${level}`} title={LEVELS[level].description}>
    {LEVELS[level].label}
  </span>
);
