import { useEffect, useState } from 'react';
import { graphDataUrl } from 'virtual:review-graph';
import { makeDataset, type Dataset } from '../dataset/dataset';
import { checkBuiltBundle } from '../formats/checkBuiltBundle';
import { readWithProgress, type LoadProgress } from './readWithProgress';

export type BundleState =
  | { status: 'loading'; progress?: LoadProgress }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; message: string };

/** Lets the browser paint (the progress) before a long task. */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** Fetches the review graph the build emitted (preloaded by index.html). */
export const useGraphBundle = (): BundleState => {
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(graphDataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${graphDataUrl}: HTTP ${response.status}`);
        const onProgress = (progress: LoadProgress) =>
          !cancelled && setState({ status: 'loading', progress });
        return readWithProgress(response, onProgress).then(async (text) => {
          if (text.length > 1_000_000) {
            onProgress({ received: text.length, phase: 'building' });
            await nextPaint();
          }
          return JSON.parse(text) as unknown;
        });
      })
      .then((json) => {
        performance.mark('graph-fetched');
        const { graph, positions, stories } = checkBuiltBundle(json, graphDataUrl);
        const data = makeDataset(graph, positions, stories);
        performance.mark('graph-built');
        if (!cancelled) setState({ status: 'ready', data });
      })
      .catch((error: Error) => !cancelled && setState({ status: 'error', message: error.message }));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
};
