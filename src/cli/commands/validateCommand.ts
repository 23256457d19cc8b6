import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGraph } from '../../io/loadGraph';
import { checkPositions } from '../../model/positions/checkPositions';
import { checkQuotes } from '../../model/quoteCheck';
import { errorsOf, warningsOf } from '../../model/problems';
import { printProblems } from '../printProblems';
import { CliError, type Options } from '../args';

export const runValidate = (options: Options): number => {
  if (options.source !== undefined && !existsSync(options.source)) {
    throw new CliError(`--source file not found: ${options.source}`);
  }
  const result = loadGraph(resolve(options.data));
  const problems = [...result.problems];
  let quotes = 0;
  if (options.source && result.data) {
    const text = readFileSync(options.source, 'utf8');
    problems.push(...checkQuotes(result.data, text), ...checkPositions(result.data, text));
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
