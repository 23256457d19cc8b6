import type { PathDirection } from '../../model/paths';
import { useViewStore } from '../../state/store';

const CHOICES: { id: PathDirection; label: string; hint: string }[] = [
  {
    id: 'follow',
    label: 'Chains of claims',
    hint: 'prefer paths that follow each relation’s direction (A increases B, B mediates C)',
  },
  { id: 'any', label: 'Any direction', hint: 'the shortest connections, whichever way the relations point' },
];

/** Whether paths should follow the relations' direction (the default) or may go either way (`?direction=any`). */
export const PathDirectionChoice = () => {
  const direction = useViewStore((s) => s.pathDirection);
  const setDirection = useViewStore((s) => s.setPathDirection);
  return (
    <fieldset className="path-direction">
      <legend>Paths</legend>
      {CHOICES.map((c) => (
        <label key={c.id}>
          <input
            type="radio"
            name="path-direction"
            checked={direction === c.id}
            onChange={() => setDirection(c.id)}
          />{' '}
          {c.label} <span className="muted">— {c.hint}</span>
        </label>
      ))}
    </fieldset>
  );
};
