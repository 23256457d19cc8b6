import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { GROUPS_JSON, KG_MARKER, ORIGINAL_PREFIX, SCHEMA_JSON } from '../dialect';
import type { DatasetEvidence, DatasetNode, DatasetPositions } from '../types';
import type { DatasetGraph } from './datasetGraph';
import { flatNode } from './flatten';
import { citationsOf, referencesOf } from './references';

/** NDEx's `represents`: the identifier a node stands for, where we have one (a reference's PMID or DOI). */
const representsOf = (node: DatasetNode, referenceType: string | undefined): string | undefined => {
  if (node.type !== referenceType) return undefined;
  if (node.pmid && node.pmid_trusted) return `pubmed:${node.pmid}`;
  return node.doi ? `doi:${node.doi}` : undefined;
};

const evidenceColumns = (evidence: readonly DatasetEvidence[]) => ({
  evidence_count: evidence.length,
  evidence_quotes: evidence.map((e) => e.quote),
  evidence_levels: evidence.map((e) => e.level),
  evidence_sections: evidence.map((e) => e.section),
  evidence_refs: evidence.map((e) => e.refs.join(', ')),
});

/**
 * Cytoscape `.cyjs` (Cytoscape desktop's File → Import → Network from File, and Cytoscape.js
 * `elements`), with NDEx's naming: `name` (the label), `represents`, `interaction`, and `citation` as
 * `pubmed:NNN` for trusted PMIDs only. Lists stay lists of strings (Cytoscape's list columns); each
 * edge's evidence is in list columns and, whole, in `evidence_json`. A node whose group is another
 * node gets it as its compound `parent`.
 */
export const writeCytoscape = (
  graph: DatasetGraph,
  schema: DatasetSchema,
  positions?: DatasetPositions,
): string => {
  const refs = referencesOf(graph, schema);
  const referenceType = schema.types.find((t) => t.role === 'reference')?.id;
  const labels = new Map(graph.mapNodes((id, a) => [id, a.label]));
  const attributes = graph.getAttributes();
  const nodes = graph.mapNodes((id, a) => {
    const flat = flatNode(a, schema, true);
    const represents = representsOf(a, referenceType);
    const parent = a.group !== undefined && a.group !== id && graph.hasNode(a.group) ? a.group : undefined;
    const p = positions?.[id];
    return {
      data: {
        id,
        name: a.label,
        ...flat,
        ...(represents ? { represents } : {}),
        ...(parent ? { parent } : {}),
      },
      ...(p ? { position: { x: p.x, y: p.y } } : {}),
    };
  });
  const edges = graph.mapEdges((key, a, source, target) => {
    const { relation, evidence, original } = a;
    const data: Record<string, unknown> = {
      id: key,
      source,
      target,
      interaction: relation,
      relation,
      name: `${labels.get(source)} (${relation}) ${labels.get(target)}`,
      ...evidenceColumns(evidence),
      citation: citationsOf(refs, evidence),
      evidence_json: JSON.stringify(evidence),
    };
    for (const k of Object.keys(original ?? {}).filter((k) => k !== '__proto__'))
      data[k in data || k === 'evidence' ? `${ORIGINAL_PREFIX}${k}` : k] = original![k];
    return { data };
  });
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: KG_MARKER,
      target_cytoscapejs_version: '~3.30',
      data: {
        name: attributes.title,
        kg_format: KG_MARKER,
        citation: attributes.citation,
        doi: attributes.doi,
        [GROUPS_JSON]: JSON.stringify(attributes.groups ?? {}),
        [SCHEMA_JSON]: JSON.stringify(schema),
      },
      elements: { nodes, edges },
    },
    null,
    2,
  )}\n`;
};
