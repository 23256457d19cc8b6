import { errnoCode, reasonFor } from './fileError';

/**
 * Standard output fails asynchronously (Node reports a failed write as an 'error' event, which would
 * otherwise be an uncaught exception with a stack trace):
 * - EPIPE: the reader has gone (`kg export … | head`), which is what it asked for: stop quietly, with the
 *   exit code the command already set;
 * - anything else (`> /dev/full`): one line on stderr and exit code 2.
 */
export const guardStdout = (): void => {
  process.stdout.on('error', (error) => {
    if (errnoCode(error) === 'EPIPE') process.exit();
    process.stderr.write(`kg: cannot write to standard output: ${reasonFor(error)}\n`);
    process.exit(2);
  });
};
