import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import type { DatasetEvidence, DatasetNode } from '../types';
import type { DatasetGraph } from './datasetGraph';

/** The dataset's references by number (nodes of the schema's `reference` type). */
export type References = Map<number, DatasetNode>;

export const referencesOf = (graph: DatasetGraph, schema: DatasetSchema): References => {
  const type = schema.types.find((t) => t.role === 'reference')?.id;
  const refs: References = new Map();
  if (type)
    graph.forEachNode((_, a) => {
      if (a.type === type && typeof a.ref === 'number') refs.set(a.ref, a);
    });
  return refs;
};

/** `pubmed:NNN` for a reference whose PMID is trusted (NDEx's citation convention), else undefined. */
export const pubmedOf = (refs: References, ref: number): string | undefined => {
  const paper = refs.get(ref);
  return paper?.pmid && paper.pmid_trusted ? `pubmed:${paper.pmid}` : undefined;
};

/** The trusted PubMed citations of some evidence, each once, in order. */
export const citationsOf = (refs: References, evidence: readonly DatasetEvidence[]): string[] => [
  ...new Set(evidence.flatMap((e) => e.refs.map((r) => pubmedOf(refs, r)).filter((c): c is string => !!c))),
];
