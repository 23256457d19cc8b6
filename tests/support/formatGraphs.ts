import Graph from 'graphology';
import { loadGraph } from '../../src/io/loadGraph';
import { layoutInput } from '../../src/model/layoutInput';
import type { Story } from '../../src/model/storySchema';
import type { DatasetSchema } from '../../src/model/vocabulary/datasetSchema';
import type {
  DatasetEvidence,
  DatasetNode,
  DatasetPositions,
  SerializedDatasetGraph,
} from '../../src/formats/types';
import type { DatasetGraph } from '../../src/formats/writers/datasetGraph';

/** A second, tiny schema: other types, an undirected relation, two levels, no sections. */
export const TINY_SCHEMA: DatasetSchema = {
  id: 'tiny-lab-map',
  title: 'A lab map',
  types: [
    {
      id: 'gene',
      label: 'Gene',
      plural: 'Genes',
      colour: '#0072B2',
      ink: '#ffffff',
      shape: 'ellipse',
      layer: 0,
      description: 'A gene.',
    },
    {
      id: 'drug',
      label: 'Drug',
      plural: 'Drugs',
      colour: '#E69F00',
      ink: '#000000',
      shape: 'diamond',
      layer: 1,
      description: 'A drug.',
    },
    {
      id: 'source',
      label: 'Source',
      plural: 'Sources',
      colour: '#444444',
      ink: '#ffffff',
      shape: 'tag',
      layer: 2,
      description: 'A paper.',
      role: 'reference',
    },
  ],
  relationFamilies: [],
  relations: [
    {
      id: 'targets',
      verb: 'targets',
      family: 'x',
      from: ['drug'],
      to: ['gene'],
      description: 'Binds.',
      directed: true,
    },
    {
      id: 'interacts',
      verb: 'interacts with',
      family: 'x',
      from: ['gene'],
      to: ['gene'],
      description: 'Touches.',
      directed: false,
    },
  ],
  levels: [
    {
      id: 'strong',
      label: 'Strong',
      short: 'S',
      rank: 2,
      line: 'solid',
      colour: '#000000',
      cellFill: '#000000',
      cellInk: '#ffffff',
      description: 'Strong.',
      role: 'clinical',
    },
    {
      id: 'weak',
      label: 'Weak',
      short: 'W',
      rank: 1,
      line: 'dotted',
      colour: '#999999',
      cellFill: '#999999',
      cellInk: '#000000',
      description: 'Weak.',
      role: 'in_vitro',
    },
  ],
  outcomes: [],
  certainty: [],
  sections: [],
  attributes: [],
  facets: [],
};

/** Text that breaks naive writers: list separators, quotes, brackets, line breaks, formulas, non-ASCII. */
export const HOSTILE_QUOTES = [
  'Bone marrow- derived MSCs/ Autologous | Not reported | 1 | [95]',
  'It was "quoted" and \'single-quoted\', with [brackets], {braces} and (parentheses)',
  'first line\nsecond line\r\nthird after CRLF',
  'β-catenin – naïve T cells → 10 µg/kg; 中文; 🧬',
  '=HYPERLINK("http://x","click")',
  '-leading minus, +plus, @at',
  "'already an apostrophe",
  '\ttab first, trailing space ',
  '<b>markup</b> & <script>alert(1)</script>',
  'a,b;c\td|e',
];

const evidence = (quote: string, extra: Partial<DatasetEvidence> = {}): DatasetEvidence => ({
  quote,
  section: '',
  refs: [1],
  level: 'strong',
  ...extra,
});

/** A small graph in the tiny schema whose texts are all hostile, with positions. */
export const hostileDataset = (): {
  graph: DatasetGraph;
  schema: DatasetSchema;
  positions: DatasetPositions;
} => {
  const graph: DatasetGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes({
    title: 'Lab | map "2"',
    citation: 'Us, 2024.',
    doi: '10.1/x',
    groups: { gene: [{ id: 'kinases', label: 'Kinases' }] },
  });
  const node = (id: string, attrs: Partial<DatasetNode>) =>
    graph.addNode(id, { type: 'gene', label: id, aliases: [], description: '', warnings: [], ...attrs });
  node('gene/tp53', {
    label: 'TP53 | p53',
    aliases: ['p53', 'tumour protein "53"', 'a|b'],
    group: 'kinases',
    description: HOSTILE_QUOTES[2]!,
  });
  node('gene/mdm2', { label: '=MDM2', warnings: ['warn | one', 'two\nlines'] });
  node('drug/nutlin', {
    type: 'drug',
    label: 'Nutlin-3 β',
    original: { weight: 3, 'name with space': 'x', nested: { a: [1, 2] } },
  });
  node('source/1', {
    type: 'source',
    label: 'Smith 2020 [1]',
    ref: 1,
    authors: 'Smith J',
    title: 'A | title',
    year: 2020,
    pmid: '12345678',
    pmid_trusted: true,
    doi: '10.1/abc',
  });
  node('source/2', {
    type: 'source',
    label: 'Doe [2]',
    ref: 2,
    authors: 'Doe',
    title: 'Shared PMID',
    pmid: '999',
    pmid_trusted: false,
  });
  node('constructor', { label: 'constructor' });
  graph.addDirectedEdgeWithKey('drug/nutlin--targets--gene/mdm2', 'drug/nutlin', 'gene/mdm2', {
    relation: 'targets',
    evidence: HOSTILE_QUOTES.slice(0, 5).map((q, i) =>
      evidence(q, i === 1 ? { refs: [1, 2], level: 'weak', species: 'mouse | rat', warnings: ['w'] } : {}),
    ),
  });
  graph.addDirectedEdgeWithKey('gene/mdm2--interacts--gene/tp53', 'gene/mdm2', 'gene/tp53', {
    relation: 'interacts',
    evidence: HOSTILE_QUOTES.slice(5).map((q) => evidence(q, { refs: [2] })),
    original: { weight: 0.5, kind: 'physical' },
  });
  graph.addDirectedEdgeWithKey('gene/tp53--interacts--gene/tp53', 'gene/tp53', 'gene/tp53', {
    relation: 'interacts',
    evidence: [],
  });
  graph.addDirectedEdgeWithKey('constructor--targets--gene/tp53', 'constructor', 'gene/tp53', {
    relation: 'targets',
    evidence: [evidence('q', { refs: [] })],
  });
  const positions = Object.create(null) as DatasetPositions;
  graph.nodes().forEach((id, i) => (positions[id] = { x: 7 - 12.5 * i, y: 0.001 * i }));
  return { graph, schema: TINY_SCHEMA, positions };
};

/**
 * Positions on a grid, with fractions and negatives: the formats only carry them, so the review's
 * fcose layout (seconds on two cores, once per test file) is not needed here.
 */
const gridPositions = (ids: string[]): DatasetPositions => {
  const positions = Object.create(null) as DatasetPositions;
  ids.forEach(
    (id, i) => (positions[id] = { x: (i % 20) * 37.5 - 300, y: Math.floor(i / 20) * -41.25 + 0.1 }),
  );
  return positions;
};

let review:
  { graph: DatasetGraph; schema: DatasetSchema; positions: DatasetPositions; stories: Story[] } | undefined;

/** The review's graph, schema (graph-data/schema.yaml), positions and stories; built once per file. */
export const reviewDataset = () => {
  if (!review) {
    const { graph, data } = loadGraph('graph-data');
    review = {
      graph: graph as unknown as DatasetGraph,
      schema: graph!.getAttribute('schema'),
      positions: gridPositions(layoutInput(graph!).nodes.map((n) => n.id)),
      stories: data!.stories.map((s) => s.value),
    };
  }
  return review;
};

/** Nodes and edges by key, for comparisons that ignore order. */
export const byKey = (graph: SerializedDatasetGraph | ReturnType<DatasetGraph['export']>) => ({
  nodes: Object.fromEntries(graph.nodes.map((n) => [n.key, n.attributes])),
  edges: Object.fromEntries(
    graph.edges.map((e) => [e.key, { source: e.source, target: e.target, ...e.attributes }]),
  ),
});

/** Plain data (null-prototype objects become plain ones), for toEqual. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
