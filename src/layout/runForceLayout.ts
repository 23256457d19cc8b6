import type { LayoutInput } from '../model/layoutInput';
import type { Positions } from '../model/types';
import type { LayoutMessage, LayoutRequest } from './layoutWorker';

export interface LayoutJob {
  /** Resolves with the positions, or with null when stopped before any were computed (fcose). */
  result: Promise<Positions | null>;
  /**
   * Stops the layout: ForceAtlas2 ends after its current step with the positions reached so far;
   * fcose, which cannot be interrupted, is abandoned (the nodes stay where they are).
   */
  stop: () => void;
}

export interface LayoutProgress {
  done: number;
  total: number;
  algorithm: string;
}

/** Runs the force-directed layout in a Web Worker (loaded on first use), reporting progress. */
export const runForceLayout = (
  input: LayoutInput,
  seed: number,
  start: Positions,
  onProgress: (progress: LayoutProgress) => void = () => {},
): LayoutJob => {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let stop = () => {};
  const result = new Promise<Positions | null>((resolve, reject) => {
    let algorithm = '';
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        algorithm = message.algorithm;
        onProgress(message);
        return;
      }
      resolve(message.positions);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'layout worker failed'));
      worker.terminate();
    };
    stop = () => {
      if (algorithm === 'ForceAtlas2') worker.postMessage('stop');
      else {
        worker.terminate();
        resolve(null);
      }
    };
  });
  worker.postMessage({ input, seed, start } satisfies LayoutRequest);
  return { result, stop: () => stop() };
};
