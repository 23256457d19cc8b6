import { inspect } from 'node:util';

/**
 * A build failure that is a list of problems in graph-data, not a bug: printed as that list alone.
 * Vite's CLI prints a failed build's error with `util.inspect`, which includes the stack trace; this
 * error inspects as its message, so `vite build` shows the list and nothing after it.
 */
export class ProblemListError extends Error {
  override name = 'ProblemListError';

  [inspect.custom](): string {
    return this.message;
  }
}
