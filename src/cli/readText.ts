import { readFileSync, statSync } from 'node:fs';
import { decodeUtf8 } from '../io/utf8';
import { errnoCode, FileError, reasonFor } from './fileError';

/** 64 MiB: hundreds of times the review's text (≈ 150 kB); a bigger file is not the review. */
export const MAX_TEXT_BYTES = 64 * 2 ** 20;

/**
 * Reads the bytes of a file named by an option or argument: one-line FileErrors for a missing file, a
 * folder, a device, an unreadable file or one over `maxBytes` (checked before reading it).
 */
export const readFileBytes = (path: string, option: string, maxBytes = MAX_TEXT_BYTES): Buffer => {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileError(`${option} is a folder, not a file: ${path}`);
    if (!stat.isFile()) throw new FileError(`${option} is not a regular file: ${path}`);
    if (stat.size > maxBytes)
      throw new FileError(
        `${option} is ${(stat.size / 2 ** 20).toFixed(0)} MB; at most ${Math.round(maxBytes / 2 ** 20)} MB: ${path}`,
      );
    return readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (errnoCode(error) === 'ENOENT') throw new FileError(`${option} file not found: ${path}`);
    throw new FileError(`cannot read ${option} ${path}: ${reasonFor(error)}`);
  }
};

/**
 * Reads a text file named by an option (`--source FILE`): one-line FileErrors for a missing file, a
 * folder, a device, an unreadable or huge file, and for binary data (a NUL byte, UTF-16, bytes that are
 * not UTF-8) instead of text.
 */
export const readTextFile = (path: string, option: string): string =>
  decodeText(readFileBytes(path, option), path, option);

const decodeText = (bytes: Buffer, path: string, option: string): string => {
  const refuse = (what: string) => new FileError(`${option} is not a text file (${what}): ${path}`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw refuse('UTF-16; save it as UTF-8');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw refuse(`binary data: a NUL byte at byte ${nul}`);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    throw refuse(`not UTF-8: byte ${decoded.byte} at line ${decoded.line}, column ${decoded.column}`);
  return decoded.text;
};
