import type { LayoutInput } from '../model/layoutInput';
import type { Positions } from '../model/types';

/** Runs the force-directed layout in a Web Worker (loaded on first use) and resolves with positions. */
export const runForceLayout = (input: LayoutInput, seed: number): Promise<Positions> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Positions>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'layout worker failed'));
      worker.terminate();
    };
    worker.postMessage({ input, seed });
  });
