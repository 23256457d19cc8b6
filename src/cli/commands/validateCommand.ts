import { resolve } from 'node:path';
import { loadGraph } from '../../io/loadGraph';
import { checkPositions } from '../../model/positions/checkPositions';
import { checkQuotes } from '../../model/quoteCheck';
import { errorsOf, warningsOf } from '../../model/problems';
import { printProblems } from '../printProblems';
import type { Options } from '../args';
import { requireDataFolder } from '../dataFolder';
import { readTextFile } from '../readText';

export const runValidate = (options: Options): number => {
  const source = options.source === undefined ? undefined : readTextFile(options.source, '--source');
  requireDataFolder(options.data);
  const result = loadGraph(resolve(options.data));
  const problems = [...result.problems];
  let quotes = 0;
  if (source !== undefined && result.data) {
    problems.push(...checkQuotes(result.data, source), ...checkPositions(result.data, source));
    quotes = result.data.relations.reduce((n, r) => n + r.value.evidence.length, 0);
  }
  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  printProblems(problems);
  const graph = result.graph;
  const summary = graph
    ? `${graph.order} entities, ${graph.size} relations${options.source ? `, ${quotes} quotes checked against ${options.source}` : ''}`
    : 'graph not built';
  if (errors.length > 0) {
    console.error(`invalid: ${errors.length} error(s), ${warnings.length} warning(s); ${summary}`);
    return 1;
  }
  console.log(`valid: ${summary}; ${warnings.length} warning(s)`);
  return 0;
};
