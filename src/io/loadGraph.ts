import { buildGraph } from '../model/buildGraph';
import type { Problem } from '../model/problems';
import type { RawGraphData } from '../model/rawData';
import type { KnowledgeGraph } from '../model/types';
import { readGraphData } from './readGraphData';
import { textLimitProblems } from './textLimits';

export interface LoadResult {
  graph?: KnowledgeGraph;
  data?: RawGraphData;
  problems: Problem[];
}

/** The one loader: graph-data/ → schema checks and text limits → cross-record checks → typed graph. */
export const loadGraph = (root: string): LoadResult => {
  const read = readGraphData(root);
  if (!read.data) return { problems: read.problems };
  const limits = textLimitProblems(read.data);
  const built = buildGraph(read.data);
  return { graph: built.graph, data: read.data, problems: [...read.problems, ...limits, ...built.problems] };
};
