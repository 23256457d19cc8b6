import { useEffect, useState } from 'react';
import { graphDataUrl } from 'virtual:review-graph';
import { makeDataset, type Dataset } from '../dataset/dataset';
import { graphFromBundle } from '../model/loadBundle';

export type BundleState =
  { status: 'loading' } | { status: 'ready'; data: Dataset } | { status: 'error'; message: string };

/** Fetches the review graph the build emitted (preloaded by index.html). */
export const useGraphBundle = (): BundleState => {
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(graphDataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${graphDataUrl}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        performance.mark('graph-fetched');
        const { graph, positions, stories } = graphFromBundle(json, graphDataUrl);
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
