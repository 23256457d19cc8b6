import type { LayoutInput } from '../model/layoutInput';
import { computeLayout } from './computeLayout';

/** Runs fcose off the main thread: the page keeps drawing while the layout computes. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ input: LayoutInput; seed: number }>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  scope.postMessage(computeLayout(event.data.input, event.data.seed));
};
