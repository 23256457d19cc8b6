/** Minutes and seconds, as a clock shows them (`12:05`); hours are counted in minutes. */
export const clock = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

export interface Pace {
  /** The time planned for one step (ms), the talk's target spread evenly over its steps. */
  perStep: number;
  /** How late (positive) or early (negative) this step began against the plan (ms). */
  drift: number;
  /** Whether this step has run past its planned time. */
  overStep: boolean;
}

/**
 * The pace of a talk against a target: where the current step (`index` of `total`) should have
 * begun, and whether it runs long. `elapsed` is the talk's time so far, `stepElapsed` the current
 * step's. Null without a target.
 */
export const paceOf = (
  targetMinutes: number,
  total: number,
  index: number,
  elapsed: number,
  stepElapsed: number,
): Pace | null => {
  if (!(targetMinutes > 0) || total < 1) return null;
  const perStep = (targetMinutes * 60_000) / total;
  const began = Math.max(0, elapsed - stepElapsed);
  return { perStep, drift: began - index * perStep, overStep: stepElapsed > perStep };
};

/** The drift said in words a presenter reads at a glance. */
export const driftText = (drift: number): string => {
  const minutes = Math.round(Math.abs(drift) / 60_000);
  if (minutes === 0) return 'on time';
  return `${minutes} min ${drift > 0 ? 'behind' : 'ahead'}`;
};
