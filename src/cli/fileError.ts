import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './args';

/**
 * A file-system failure: one line naming the path and saying what is wrong; exit 2 like other misuse,
 * but without "(see --help)", which would not help.
 */
export class FileError extends CliError {}

/** The errno code of a Node file-system error, if it is one. */
export const errnoCode = (error: unknown): string | undefined => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'input/output error',
  EFBIG: 'the file is too big for the device',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EEXIST: 'it already exists',
};

/** A short reason for a file-system error; ENOENT names the missing folder for a path being written. */
export const reasonFor = (error: unknown, path?: string): string => {
  const code = errnoCode(error);
  if (code === 'ENOENT' && path)
    return existsSync(dirname(path))
      ? 'the file cannot be created there'
      : `the folder ${dirname(path)} does not exist`;
  if (code === 'ENOENT') return 'it does not exist';
  return (code && REASONS[code]) ?? (code || (error as Error).message.split('\n')[0] || 'unknown error');
};
