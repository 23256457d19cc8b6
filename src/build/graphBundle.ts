import { createHash } from 'node:crypto';
import { loadGraph } from '../io/loadGraph';
import { layoutInput } from '../model/layoutInput';
import { errorsOf, formatProblem } from '../model/problems';
import type { GraphBundle } from '../model/types';
import { defaultLayout } from '../layout/defaultLayout';
import { ProblemListError } from './problemListError';

export interface BuiltBundle {
  json: string;
  hash: string;
}

/**
 * graph-data → validated graph → default layout → the JSON the browser loads. Throws a ProblemListError
 * (every error, one per line) on invalid data.
 */
export const buildGraphBundle = (dataDir: string): BuiltBundle => {
  const { graph, data, problems } = loadGraph(dataDir);
  const errors = errorsOf(problems);
  if (!graph || errors.length > 0) {
    throw new ProblemListError(
      `graph-data is invalid (${errors.length} error(s)); the build stops here:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
  const bundle: GraphBundle = {
    graph: graph.export(),
    positions: defaultLayout(layoutInput(graph)),
    stories: (data?.stories ?? []).map((s) => s.value),
  };
  const json = JSON.stringify(bundle);
  return { json, hash: createHash('sha256').update(json).digest('hex').slice(0, 10) };
};
