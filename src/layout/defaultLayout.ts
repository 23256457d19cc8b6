import type { LayoutInput } from '../model/layoutInput';
import { FCOSE_OPTIONS } from '../model/layoutOptions';
import type { Positions } from '../model/types';
import { computeLayout } from './computeLayout';
import { spiralPlacement } from './spiralPlacement';

/** Up to this many nodes fcose runs at its default quality (the review's graph: byte-identical positions). */
export const FCOSE_DEFAULT_MAX = 1500;
/** Up to this many, fcose's draft quality (seconds); above, a placement that costs milliseconds. */
export const FCOSE_DRAFT_MAX = 5000;

export type LayoutChoice = 'fcose' | 'fcose-draft' | 'spiral';

/**
 * Which stored layout a graph of `nodes` nodes gets, by measurement (bench/scale/layoutTimes.ts,
 * 2 loaded cores): fcose default needs over a minute at 5k, draft 13 s at 5k and 220 s at 20k,
 * ForceAtlas2 from the spiral 70 s for 20 iterations at 20k; the spiral takes well under a second at 50k.
 * So that the build always finishes, large graphs open on the spiral and "Force (recompute)" refines them in a worker.
 */
export const layoutChoice = (nodes: number): LayoutChoice =>
  nodes <= FCOSE_DEFAULT_MAX ? 'fcose' : nodes <= FCOSE_DRAFT_MAX ? 'fcose-draft' : 'spiral';

/** The build's default layout: fcose (seeded) while it finishes in seconds, the spiral placement above. */
export const defaultLayout = (input: LayoutInput, seed?: number): Positions => {
  const choice = layoutChoice(input.nodes.length);
  if (choice === 'spiral') return spiralPlacement(input);
  return computeLayout(
    input,
    seed,
    choice === 'fcose' ? FCOSE_OPTIONS : { ...FCOSE_OPTIONS, quality: 'draft' },
  );
};
