import { EVIDENCE_JSON, isEdgeSummaryKey, ORIGINAL_PREFIX } from '../dialect';
import type { DatasetEdge } from '../types';
import { toRecord } from './attributes';
import { findCategories } from './categories';
import { decodeEvidence } from './decodeEvidence';
import type { InferredRelation } from './inferSchema';
import type { RawGraph } from './rawGraph';
import type { ReportBuilder } from './reportBuilder';
import { slugFor } from './slug';
import type { KeyedEdge } from './uniqueEdges';

export const GENERIC_RELATION = { id: 'link', verb: 'is linked to' };
export const RELATION_KEYS = ['relation', 'interaction', 'kind', 'type', 'label'] as const;

/** An edge our writers wrote: relation and evidence by name, summaries skipped, the rest in original. */
const decodeOurEdge = (e: KeyedEdge, report: ReportBuilder): DatasetEdge => {
  const rest = new Map<string, unknown>();
  let relation: string | undefined;
  let evidence: DatasetEdge['evidence'] = [];
  for (const [key, value] of e.attributes) {
    if (key === 'relation' && typeof value === 'string' && value !== '') relation = value;
    else if (key === 'evidence' || key === EVIDENCE_JSON)
      evidence = decodeEvidence(value, e.key, e.where, report);
    else if (key === 'original' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const k of Object.keys(value))
        if (k !== '__proto__') rest.set(k, (value as Record<string, unknown>)[k]);
    } else if (isEdgeSummaryKey(key)) continue;
    else rest.set(key.startsWith(ORIGINAL_PREFIX) ? key.slice(ORIGINAL_PREFIX.length) : key, value);
  }
  const interaction = e.attributes.get('interaction');
  relation ??= typeof interaction === 'string' && interaction !== '' ? interaction : GENERIC_RELATION.id;
  return { relation, evidence, ...(rest.size > 0 ? { original: toRecord(rest) } : {}) };
};

export interface DecodedEdges {
  edges: DatasetEdge[];
  /** Relations as found (inferred relations for a foreign file). */
  relations: Map<string, InferredRelation>;
  /** The attribute relations were read from (foreign files). */
  source?: string;
}

/**
 * Decodes every edge. Foreign files: the relation comes from the first of `RELATION_KEYS` that sorts
 * the edges into a few categories (else one generic relation), and every attribute stays in
 * `original`. A relation is undirected when all its edges are.
 */
export const decodeEdges = (
  raw: RawGraph,
  edges: KeyedEdge[],
  typeOf: (node: string) => string,
  report: ReportBuilder,
): DecodedEdges => {
  const relations = new Map<string, InferredRelation>();
  const undirected = new Map<string, number>();
  const note = (id: string, verb: string, e: KeyedEdge) => {
    let r = relations.get(id);
    if (!r) relations.set(id, (r = { id, verb, from: new Set(), to: new Set(), directed: false }));
    r.from.add(typeOf(e.source));
    r.to.add(typeOf(e.target));
    if (e.directed) r.directed = true;
    else undirected.set(id, (undirected.get(id) ?? 0) + 1);
  };
  const mixed = () => {
    for (const r of relations.values())
      if (r.directed && undirected.has(r.id))
        report.problem(
          `relation "${r.id}"`,
          `${undirected.get(r.id)} of its edges are undirected and the others directed: read as directed`,
        );
  };
  if (raw.dialect === 'ours') {
    const decoded = edges.map((e) => decodeOurEdge(e, report));
    decoded.forEach((d, i) => note(d.relation, d.relation, edges[i]!));
    mixed();
    return { edges: decoded, relations };
  }
  const categories = findCategories(
    edges.map((e) => e.attributes),
    RELATION_KEYS,
  );
  const taken = new Set<string>([GENERIC_RELATION.id]);
  const ids = new Map(categories?.distinct.map((v) => [v, slugFor(v, taken, 'relation')]));
  if (categories)
    report.map(
      `edge attribute "${categories.key}"`,
      'relation',
      `${categories.distinct.length} distinct value(s)`,
    );
  else
    report.map(
      'edges',
      `relation "${GENERIC_RELATION.id}"`,
      `no ${RELATION_KEYS.join('/')} attribute sorts them into a few kinds`,
    );
  const decoded = edges.map((e, i): DatasetEdge => {
    const value = categories?.values[i];
    const relation = value === undefined ? GENERIC_RELATION.id : ids.get(value)!;
    note(relation, value ?? GENERIC_RELATION.verb, e);
    return { relation, evidence: [], ...(e.attributes.size > 0 ? { original: toRecord(e.attributes) } : {}) };
  });
  mixed();
  return { edges: decoded, relations, ...(categories ? { source: categories.key } : {}) };
};
