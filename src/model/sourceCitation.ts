import type { KnowledgeGraph } from './types';

/** "Adelipour M, Lubman DM, Kim J. Expert Opin Biol Ther. 2023;23(6):491–507. doi:10.1080/…": the source as printed. */
export const sourceLine = (graph: KnowledgeGraph): string | undefined => {
  const source = graph.getAttribute('schema').source;
  if (!source) return undefined;
  return source.doi ? `${source.citation} doi:${source.doi}` : source.citation;
};

/** "Adelipour et al. 2023": how exports name the source their references belong to. */
export const sourceShort = (graph: KnowledgeGraph): string =>
  graph.getAttribute('schema').source?.short ?? graph.getAttribute('schema').title;
