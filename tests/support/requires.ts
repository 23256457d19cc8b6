import { expect, it } from 'vitest';
import { inCI } from './reviewText';

/**
 * A test that needs something outside the project (a fixture folder, NetworkX): run when it is
 * there; in CI a failing test that says what is missing; elsewhere a skip announced on the console
 * (and listed again at the end of the run by tests/support/loudSkips.ts).
 */
export const itWhen = <T>(
  available: T | undefined | false,
  missing: string,
  name: string,
  test: (value: T) => void | Promise<void>,
  timeout?: number,
): void => {
  if (available) it(name, () => test(available), timeout);
  else if (inCI()) it(name, () => expect.fail(`CI: ${missing}`));
  else {
    console.warn(`skipped: ${name}: ${missing}`);
    it.skip(name, () => undefined);
  }
};
