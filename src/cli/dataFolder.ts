import { readdirSync, statSync } from 'node:fs';
import { errnoCode, FileError, reasonFor } from './fileError';

/**
 * `--data DIR` must be a readable folder; anything else is misuse (one line, exit 2), not a list of
 * missing files. What is wrong inside the folder is reported as graph-data problems (exit 1).
 */
export const requireDataFolder = (path: string): void => {
  try {
    if (!statSync(path).isDirectory()) throw new FileError(`--data is a file, not a folder: ${path}`);
    readdirSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (errnoCode(error) === 'ENOENT') throw new FileError(`--data folder not found: ${path}`);
    throw new FileError(`cannot read --data folder ${path}: ${reasonFor(error)}`);
  }
};
