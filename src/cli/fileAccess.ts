import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { CliError } from './args';

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file or folder'
    : code === 'EISDIR'
      ? 'it is a folder'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'no space left on the device'
          : ((error as Error).message.split('\n')[0] ?? 'failed');
};

/** Writes a file; a file-system failure is one line naming the path (exit 2), never a stack trace. */
export const writeOut = (path: string, text: string): void => {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reason(error)}`);
  }
};

/** Reads a file's bytes, refusing folders and files over `maxBytes` before reading them. */
export const readIn = (path: string, maxBytes: number): Uint8Array => {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`cannot read ${path}: it is a folder`);
    if (stat.size > maxBytes)
      throw new CliError(
        `cannot read ${path}: ${(stat.size / 1048576).toFixed(1)} MB, more than the ${maxBytes / 1048576} MB this explorer reads`,
      );
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
};
