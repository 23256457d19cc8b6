import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Problem } from '../model/problems';
import { decodeUtf8, findControlCharacter } from './utf8';

/**
 * Reading graph-data's files and folders so that every file-system surprise is one problem naming the
 * path: a folder where a file should be (or the reverse), a file that cannot be read, one too big to be
 * curated data, bytes that are not UTF-8, control characters.
 */

/** 2 MiB per file: 30 times the largest shipped file (65 KB); a bigger one is a mistake, not curation. */
export const MAX_GRAPH_FILE_BYTES = 2 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'input/output error',
};

/** "permission denied", "does not exist", … for a Node file-system error. */
export const fsReason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || (error as Error).message);
};

const problem = (file: string, message: string, line?: number): Problem => ({
  severity: 'error',
  file,
  line,
  message,
});

/** undefined when `root` is a readable folder; otherwise the one problem to report. */
export const checkDataRoot = (root: string, display: string): Problem | undefined => {
  try {
    if (!statSync(root).isDirectory()) return problem(display, 'is a file, not the graph-data folder');
    readdirSync(root);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(
      display,
      code === 'ENOENT' ? 'folder not found' : `the graph-data folder cannot be read: ${fsReason(error)}`,
    );
  }
};

/**
 * The YAML files in a folder, sorted; [] when the folder does not exist (it is optional), undefined
 * (with a problem) when it exists but is not a readable folder.
 */
export const listYamlFiles = (dir: string, display: string, problems: Problem[]): string[] | undefined => {
  try {
    if (!statSync(dir).isDirectory()) {
      problems.push(problem(display, 'is a file, but should be a folder of YAML files'));
      return undefined;
    }
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    problems.push(problem(display, `folder cannot be read: ${fsReason(error)}`));
    return undefined;
  }
};

/** A graph-data file's text, or undefined with one problem saying why it cannot be used. */
export const readGraphFile = (path: string, display: string, problems: Problem[]): string | undefined => {
  const fail = (message: string, line?: number): undefined => {
    problems.push(problem(display, message, line));
    return undefined;
  };
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('is a folder, not a YAML file');
    if (!stat.isFile()) return fail('is not a regular file');
    if (stat.size > MAX_GRAPH_FILE_BYTES)
      return fail(`is ${(stat.size / 2 ** 20).toFixed(1)} MB; a graph-data file may be at most 2 MB`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file is missing' : `cannot be read: ${fsReason(error)}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const hex = bytes[decoded.byte]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(
      `is not valid UTF-8: byte 0x${hex} at column ${decoded.column} (save it as UTF-8)`,
      decoded.line,
    );
  }
  const control = findControlCharacter(decoded.text);
  if (control)
    return fail(
      `control character ${control.codePoint} at column ${control.column} (only tabs and line breaks are allowed)`,
      control.line,
    );
  return decoded.text;
};
