import type { LayoutInput } from '../model/layoutInput';
import { FCOSE_OPTIONS } from '../model/layoutOptions';
import type { Positions } from '../model/types';
import { computeLayout } from './computeLayout';
import { layoutChoice } from './defaultLayout';
import { forceAtlasGraph, forceAtlasSteps, positionsOf } from './forceAtlasLayout';

export interface LayoutRequest {
  input: LayoutInput;
  seed: number;
  /** Where the nodes are now: ForceAtlas2 (large graphs) refines them. */
  start: Positions;
}

export type LayoutMessage =
  | { kind: 'progress'; done: number; total: number; algorithm: string }
  | { kind: 'done'; positions: Positions };

/** Iterations of ForceAtlas2 for a graph too big for fcose, in steps that report progress and can stop. */
export const FA2_ITERATIONS = 100;
const FA2_STEP = 5;

/**
 * Runs the force-directed layout off the main thread: fcose (draft quality above 1,500 nodes) in
 * one piece, or ForceAtlas2 from the current positions in steps of a few iterations, reporting
 * progress after each; a `stop` message ends it early with the positions reached so far.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest | 'stop'>) => void) | null;
  postMessage: (message: LayoutMessage) => void;
};

let stopped = false;

const runForceAtlas = async ({ input, start }: LayoutRequest): Promise<void> => {
  const graph = forceAtlasGraph(input, start);
  for (let done = 0; done < FA2_ITERATIONS && !stopped; done += FA2_STEP) {
    forceAtlasSteps(graph, FA2_STEP);
    scope.postMessage({
      kind: 'progress',
      done: done + FA2_STEP,
      total: FA2_ITERATIONS,
      algorithm: 'ForceAtlas2',
    });
    // Let a `stop` message in between steps.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  scope.postMessage({ kind: 'done', positions: positionsOf(graph) });
};

scope.onmessage = (event) => {
  if (event.data === 'stop') {
    stopped = true;
    return;
  }
  const request = event.data;
  const choice = layoutChoice(request.input.nodes.length);
  if (choice === 'spiral') {
    void runForceAtlas(request);
    return;
  }
  scope.postMessage({
    kind: 'progress',
    done: 0,
    total: 1,
    algorithm: choice === 'fcose' ? 'fcose' : 'fcose (draft)',
  });
  const options = choice === 'fcose' ? FCOSE_OPTIONS : { ...FCOSE_OPTIONS, quality: 'draft' };
  scope.postMessage({ kind: 'done', positions: computeLayout(request.input, request.seed, options) });
};
