import { resolve } from 'node:path';
import { loadGraph, type LoadResult } from '../io/loadGraph';
import { errorsOf, formatProblem } from '../model/problems';
import { requireDataFolder } from './dataFolder';

/**
 * Loads graph-data for a command; prints the errors and returns undefined when invalid. A `--data`
 * that is not a readable folder is misuse (a FileError: one line, exit 2).
 */
export const loadOrReport = (
  dataDir: string,
): (Required<Pick<LoadResult, 'graph' | 'data'>> & LoadResult) | undefined => {
  requireDataFolder(dataDir);
  const result = loadGraph(resolve(dataDir));
  const errors = errorsOf(result.problems);
  if (!result.graph || !result.data || errors.length > 0) {
    console.error(`graph-data has ${errors.length} error(s):`);
    for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
    return undefined;
  }
  return result as Required<Pick<LoadResult, 'graph' | 'data'>> & LoadResult;
};
