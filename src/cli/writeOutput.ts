import { writeFileSync } from 'node:fs';
import { FileError, reasonFor } from './fileError';

/**
 * Writes a command's output: to `path` (`--out`), or to standard output when it is undefined. A file
 * that cannot be written throws a FileError, which kg prints as one line ("kg: cannot write --out FILE:
 * the folder … does not exist") with exit code 2. Failures of standard output itself (a closed pipe,
 * a full disk) are handled once for every command by `guardStdout` (stdout.ts).
 */
export const writeOutput = (path: string | undefined, text: string): void => {
  if (path === undefined) {
    process.stdout.write(text);
    return;
  }
  if (path === '') throw new FileError('--out needs a file name');
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new FileError(`cannot write --out ${path}: ${reasonFor(error, path)}`);
  }
};
