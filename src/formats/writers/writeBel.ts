import type { DatasetSchema } from '../../model/vocabulary/datasetSchema';
import { KG_MARKER } from '../dialect';
import type { DatasetEvidence, DatasetNode } from '../types';
import type { DatasetGraph } from './datasetGraph';
import { pubmedOf, referencesOf, type References } from './references';

/** BEL relationships a relation id can name directly (snake_case or camelCase); the rest are associations. */
const BEL_RELATIONSHIPS = new Set([
  'increases',
  'decreases',
  'directlyIncreases',
  'directlyDecreases',
  'association',
  'positiveCorrelation',
  'negativeCorrelation',
  'causesNoChange',
  'regulates',
  'isA',
  'hasComponent',
  'hasMember',
  'biomarkerFor',
  'prognosticBiomarkerFor',
  'rateLimitingStepOf',
  'subProcessOf',
  'transcribedTo',
  'translatedTo',
]);
const SYNONYMS: Record<string, string> = {
  inhibits: 'decreases',
  reduces: 'decreases',
  activates: 'increases',
};

const camel = (id: string) => id.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
export const belRelationship = (relation: string): string =>
  BEL_RELATIONSHIPS.has(camel(relation)) ? camel(relation) : (SYNONYMS[relation] ?? 'association');

/** A BEL string: quotes and backslashes escaped; BEL is line-oriented, so line breaks become spaces. */
export const belString = (value: string): string =>
  `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, ' ')}"`;

const FUNCTION_BY_TYPE: [RegExp, string][] = [
  [/disease|patholog|injur/, 'path'],
  [/mechanism|process/, 'bp'],
];
const namespaceOf = (type: string) => type.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

/** A node as a BEL term: `path()` for diseases, `bp()` for processes, `a()` otherwise; the id names it. */
const termOf = (id: string, node: DatasetNode): string => {
  const fn = FUNCTION_BY_TYPE.find(([re]) => re.test(node.type))?.[1] ?? 'a';
  const name = id.startsWith(`${node.type}/`) ? id.slice(node.type.length + 1) : id;
  return `${fn}(${namespaceOf(node.type)}:${belString(name)})`;
};

const citedReferences = (refs: References, item: DatasetEvidence): string[] =>
  item.refs.map((r) => pubmedOf(refs, r) ?? (refs.get(r)?.doi ? `doi:${refs.get(r)!.doi}` : `ref ${r}`));

/**
 * BEL Script: one statement per evidence item, with its citation and the verbatim quote as
 * `SET Support` (the form INDRA, PyBEL and NDEx users reuse). The Citation is the document the quote
 * is from (the schema's source, by DOI); the references the item cites are `CitedReferences`
 * (`pubmed:NNN` where the PMID is trusted). Level, section, certainty, species and the relation as
 * the dataset names it are annotations.
 */
export const writeBel = (graph: DatasetGraph, schema: DatasetSchema): string => {
  const refs = referencesOf(graph, schema);
  const source = schema.source;
  const citation = source?.doi
    ? `{"DOI", ${belString(source.doi)}}`
    : `{"Other", ${belString(schema.title)}}`;
  const types = new Set<string>();
  const statements: string[] = [];
  graph.forEachEdge((_, edge, s, t, sa, ta) => {
    types.add(sa.type).add(ta.type);
    for (const item of edge.evidence) {
      const set: [string, string][] = [
        ['Support', belString(item.quote)],
        ['EvidenceLevel', belString(item.level)],
        ['Section', belString(item.section)],
        ['Relation', belString(edge.relation)],
      ];
      const cited = citedReferences(refs, item);
      if (cited.length > 0) set.push(['CitedReferences', `{${cited.map(belString).join(', ')}}`]);
      if (item.certainty) set.push(['Certainty', belString(item.certainty)]);
      if (item.species) set.push(['Species', belString(item.species)]);
      statements.push(
        [
          `SET Citation = ${citation}`,
          ...set.map(([k, v]) => `SET ${k} = ${v}`),
          `${termOf(s, sa)} ${belRelationship(edge.relation)} ${termOf(t, ta)}`,
          ...set.map(([k]) => `UNSET ${k}`),
          '',
        ].join('\n'),
      );
    }
  });
  const header = [
    `# BEL statements of ${schema.title.replace(/\n/g, ' ')}, written by ${KG_MARKER}.`,
    '# One statement per evidence item; Support is the quote, verbatim (line breaks as spaces).',
    `SET DOCUMENT Name = ${belString(schema.title)}`,
    'SET DOCUMENT Version = "1.0"',
    ...(source ? [`SET DOCUMENT Description = ${belString(source.citation)}`] : []),
    '',
    ...[...types].sort().map((t) => `DEFINE NAMESPACE ${namespaceOf(t)} AS PATTERN ".*"`),
    schema.levels.length > 0
      ? `DEFINE ANNOTATION EvidenceLevel AS LIST {${schema.levels.map((l) => belString(l.id)).join(', ')}}`
      : 'DEFINE ANNOTATION EvidenceLevel AS PATTERN ".*"',
    ...['Section', 'Relation', 'CitedReferences', 'Certainty', 'Species'].map(
      (a) => `DEFINE ANNOTATION ${a} AS PATTERN ".*"`,
    ),
    '',
  ];
  return `${[...header, ...statements].join('\n')}`;
};
