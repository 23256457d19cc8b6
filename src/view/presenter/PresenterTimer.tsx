import { clock, driftText, paceOf } from './pace';
import { usePresenterClock } from './usePresenterClock';
import { useTargetMinutes } from './useTargetMinutes';

interface Props {
  storyId: string;
  index: number;
  total: number;
}

/** The talk's time and the step's, against a target length the presenter sets for the story. */
export const PresenterTimer = ({ storyId, index, total }: Props) => {
  const { elapsed, stepElapsed, reset } = usePresenterClock(`${storyId}#${index}`);
  const [target, setTarget] = useTargetMinutes(storyId);
  const pace = paceOf(target, total, index, elapsed, stepElapsed);
  return (
    <section className="console-timer" aria-label="Timer">
      <p>
        <span className="console-clock" aria-label={`Talk time ${clock(elapsed)}`}>
          {clock(elapsed)}
        </span>{' '}
        <span className={pace?.overStep ? 'console-step-time over' : 'console-step-time'}>
          this step {clock(stepElapsed)}
          {pace && ` of ${clock(pace.perStep)}`}
        </span>
      </p>
      {pace && <p className="console-drift">This step began {driftText(pace.drift)}.</p>}
      <p className="console-timer-controls">
        <label>
          Target (minutes){' '}
          <input
            type="number"
            min={0}
            max={600}
            value={target || ''}
            placeholder="none"
            onChange={(e) => setTarget(Number(e.target.value))}
          />
        </label>{' '}
        <button type="button" onClick={reset}>
          Restart timer
        </button>
      </p>
    </section>
  );
};
