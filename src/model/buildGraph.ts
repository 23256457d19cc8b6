import Graph from 'graphology';
import { edgeKey, referenceKey } from './ids';
import { checkPapers } from './paperChecks';
import { attachPositions } from './positions/attachPositions';
import { paperLabel, firstAuthorSurname } from './paperLabel';
import type { Problem } from './problems';
import type { RawGraphData } from './rawData';
import { checkEntities, checkRelation } from './recordChecks';
import { checkStory } from './storyChecks';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph } from './types';
import type { DatasetSchema } from './vocabulary/datasetSchema';
import { vocabularyOf } from './vocabulary/vocabulary';

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
}

/**
 * Turns schema-checked records into the typed graph, checking references between
 * records. Every problem is collected; callers decide whether errors are fatal.
 */
export const buildGraph = (data: RawGraphData): BuildResult => {
  const problems: Problem[] = [];
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(graphAttributes(data.schema, data.groups));
  const vocabulary = vocabularyOf(data.schema);
  const referenceType = vocabulary.referenceType ?? 'reference';

  const verdicts = checkPapers(data.papers, referenceType, problems);
  for (const { value: paper, origin } of data.papers) {
    const id = referenceKey(referenceType, paper.ref);
    if (graph.hasNode(id)) {
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.line,
        id,
        message: `duplicate reference number ${paper.ref}`,
      });
      continue;
    }
    const verdict = verdicts.get(paper.ref)!;
    const attributes: EntityAttributes = {
      type: referenceType,
      label: paperLabel(paper),
      aliases: [firstAuthorSurname(paper.authors)],
      description: paper.title,
      ...paper,
      pmid_trusted: verdict.pmidTrusted,
      ...(verdict.duplicateOf ? { duplicate_of: verdict.duplicateOf } : {}),
    };
    graph.addNode(id, attributes);
  }

  for (const entity of checkEntities(data, problems)) {
    const { id, type, ...rest } = entity.value;
    graph.addNode(id, { ...rest, type });
  }

  const refs = new Set(data.papers.map((p) => p.value.ref));
  for (const located of data.relations) {
    if (!checkRelation(located, graph, vocabulary, refs, problems)) continue;
    const { from, relation, to, evidence } = located.value;
    const key = edgeKey(from, relation, to);
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttribute(key, 'evidence', (existing) => [...(existing ?? []), ...evidence]);
    } else {
      graph.addDirectedEdgeWithKey(key, from, to, { relation, evidence });
    }
  }
  checkDuplicateEvidence(graph, data, problems);
  attachPositions(graph, data, problems);
  reportUnused(graph, data, referenceType, problems);
  checkStories(graph, data, problems);
  return { graph, problems };
};

const checkStories = (graph: KnowledgeGraph, data: RawGraphData, problems: Problem[]): void => {
  const seen = new Map<string, string>();
  for (const { value: story, origin } of data.stories) {
    const first = seen.get(story.id);
    if (first)
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(['id']),
        id: `story/${story.id}`,
        message: `duplicate story id (first in ${first})`,
      });
    seen.set(story.id, origin.file);
    for (const issue of checkStory(story, graph)) {
      problems.push({
        severity: 'error',
        file: origin.file,
        line: issue.step ? origin.lineOf(['steps', issue.step - 1, ...(issue.path ?? [])]) : origin.line,
        id: `story/${story.id}${issue.step ? ` step ${issue.step}` : ''}`,
        message: issue.message,
      });
    }
  }
};

const itemKey = (quote: string, refs: readonly number[]): string =>
  `${quote.replace(/\s+/g, ' ').trim()}#${[...refs].sort((a, b) => a - b).join(',')}`;

const checkDuplicateEvidence = (graph: KnowledgeGraph, data: RawGraphData, problems: Problem[]): void => {
  graph.forEachEdge((key, attributes) => {
    const seen = new Set<string>();
    for (const item of attributes.evidence) {
      const k = itemKey(item.quote, item.refs);
      if (seen.has(k)) {
        const origin = data.relations.find(
          (r) => edgeKey(r.value.from, r.value.relation, r.value.to) === key,
        )?.origin;
        problems.push({
          severity: 'error',
          file: origin?.file ?? 'graph-data/relations',
          line: origin?.line,
          id: key,
          message: `the same evidence (quote and refs) is listed twice: "${item.quote.slice(0, 60)}…"`,
        });
      }
      seen.add(k);
    }
  });
};

const reportUnused = (
  graph: KnowledgeGraph,
  data: RawGraphData,
  referenceType: string,
  problems: Problem[],
): void => {
  const typeLabel = vocabularyOf(data.schema).typeLabel;
  const cited = new Set<number>();
  graph.forEachEdge((_k, attributes) =>
    attributes.evidence.forEach((item) => item.refs.forEach((r) => cited.add(r))),
  );
  for (const { value, origin } of data.papers) {
    if (!cited.has(value.ref)) {
      problems.push({
        severity: 'warning',
        file: origin.file,
        line: origin.line,
        id: referenceKey(referenceType, value.ref),
        message: 'reference is cited by no evidence',
      });
    }
  }
  const involved = new Set<string>();
  graph.forEachEdge((_k, attributes) =>
    attributes.evidence.forEach((item) => item.involves?.forEach((id) => involved.add(id))),
  );
  graph.forEachNode((_id, attributes) => {
    if (attributes.broader) involved.add(attributes.broader);
  });
  for (const { value, origin } of data.entities) {
    if (graph.hasNode(value.id) && graph.degree(value.id) === 0 && !involved.has(value.id)) {
      problems.push({
        severity: 'warning',
        file: origin.file,
        line: origin.line,
        id: value.id,
        message: `${typeLabel(value.type).toLowerCase()} has no relation`,
      });
    }
  }
};

/**
 * The graph's attributes: the source's title, citation and DOI (as the graphology export has
 * always carried them), the groups, and the schema itself.
 */
const graphAttributes = (schema: DatasetSchema, groups: GraphAttributes['groups']): GraphAttributes => ({
  title: schema.source?.title ?? schema.title,
  citation: schema.source?.citation ?? '',
  doi: schema.source?.doi ?? '',
  groups,
  schema,
});
