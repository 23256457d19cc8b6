import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportDataset, WRITE_FORMATS, type WriteFormat } from '../../../src/formats/exportDataset';
import { readDataset } from '../../../src/formats/readDataset';
import type { DatasetEvidence, DatasetNode, DatasetPositions, ReadFormat } from '../../../src/formats/types';
import type { DatasetGraph } from '../../../src/formats/writers/datasetGraph';
import { escapeAttribute, escapeText } from '../../../src/formats/writers/xmlText';
import { byKey, plain, TINY_SCHEMA } from '../../support/formatGraphs';

/** A bound on any one read: far above what these inputs need, far below a hang. */
const BOUND_MS = 2_000;

const readsWithinBounds = (text: string, format: ReadFormat, name = 'input') => {
  const start = performance.now();
  const result = readDataset([{ name, text }], format);
  const ms = performance.now() - start;
  if (!result.ok && result.unexpected) throw new Error(`reader crashed: ${result.error}`);
  if (!result.ok && !result.error.startsWith(name)) throw new Error(`message names no file: ${result.error}`);
  if (ms > BOUND_MS) throw new Error(`took ${Math.round(ms)} ms`);
};

/** Text from pieces a format is made of, so that inputs get past the first check. */
const textFrom = (pieces: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 8 }),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 60 },
    )
    .map((p) => p.join(''));

const XML = [
  '<',
  '>',
  '/>',
  '</',
  '="',
  '"',
  ' ',
  '\n',
  'graphml',
  'gexf',
  'graph',
  'node',
  'edge',
  'key',
  'data',
  'attvalue',
  'attributes',
  'attribute',
  'nodes',
  'edges',
  ' id=',
  ' source=',
  ' target=',
  ' for=',
  ' key=',
  ' value=',
  ' attr.type="int"',
  ' attr.name=',
  ' edgedefault="undirected"',
  '&amp;',
  '&lol;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  'viz:position x="1" y="NaN"',
  '<default>',
  '</default>',
];
const JSON_PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '"nodes"',
  '"edges"',
  '"key"',
  '"source"',
  '"target"',
  '"attributes"',
  '"data"',
  '"id"',
  '"elements"',
  '"graph"',
  '"positions"',
  '"__proto__"',
  '"constructor"',
  '1e999',
  'null',
  'true',
  '-0',
  '"x"',
  '"y"',
  '"evidence"',
  '"evidence_json"',
  '"kg_format"',
  '"msc-review-graph kg"',
];
const CSV = [
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  'Source',
  'Target',
  'Id',
  'Label',
  'Type',
  'Directed',
  'Weight',
  "'=",
  '=',
  'x',
  'y',
  'evidence_json',
  '# nodes.csv',
  '# edges.csv',
];

describe('property: no input makes a reader crash or hang', () => {
  const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 250) };
  it.each([
    ['json', JSON_PIECES],
    ['graphology', JSON_PIECES],
    ['cyjs', JSON_PIECES],
    ['jgf', JSON_PIECES],
  ] as const)('%s, from JSON-ish text', (format, pieces) =>
    fc.assert(
      fc.property(textFrom([...pieces]), (text) => readsWithinBounds(text, format)),
      runs,
    ),
  );

  it.each(['json', 'graphology', 'cyjs', 'jgf'] as const)(
    '%s, from any JSON value in a graph-shaped frame',
    (format) => {
      const frame = fc.oneof(
        fc.record({
          nodes: fc.array(fc.record({ key: fc.jsonValue(), attributes: fc.jsonValue() })),
          edges: fc.array(
            fc.dictionary(
              fc.constantFrom('key', 'source', 'target', 'attributes', 'undirected'),
              fc.jsonValue(),
            ),
          ),
        }),
        fc.record({
          elements: fc.array(
            fc.record({
              data: fc.dictionary(
                fc.constantFrom('id', 'source', 'target', 'parent', 'name', '__proto__'),
                fc.jsonValue(),
              ),
              position: fc.jsonValue(),
            }),
          ),
        }),
        fc.record({
          graph: fc.record({
            nodes: fc.jsonValue(),
            edges: fc.jsonValue(),
            attributes: fc.jsonValue(),
            metadata: fc.jsonValue(),
          }),
          positions: fc.jsonValue(),
          stories: fc.jsonValue(),
        }),
        fc.jsonValue(),
      );
      fc.assert(
        fc.property(frame, (value) => readsWithinBounds(JSON.stringify(value), format)),
        runs,
      );
    },
  );

  it.each(['graphml', 'gexf'] as const)('%s, from XML-ish text', (format) =>
    fc.assert(
      fc.property(textFrom(XML), (text) => readsWithinBounds(`<${format}>${text}`, format)),
      runs,
    ),
  );

  it.each(['graphml', 'gexf'] as const)(
    '%s, from well-formed documents with any ids, types and values',
    (format) => {
      const value = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.constantFrom('NaN', 'INF', '1e999', '-0', 'true', '[a, "b"]', 'a|b', ''),
      );
      const element = fc.record({
        id: value,
        key: fc.constantFrom('k0', 'k1', 'k2', 'ghost'),
        value,
        source: value,
        target: value,
        x: value,
      });
      const types = fc.array(
        fc.constantFrom('int', 'long', 'double', 'boolean', 'string', 'liststring', 'listinteger', 'date'),
        { minLength: 3, maxLength: 3 },
      );
      const doc = fc
        .record({
          nodes: fc.array(element, { maxLength: 8 }),
          edges: fc.array(element, { maxLength: 8 }),
          types,
        })
        .map(({ nodes, edges, types }) =>
          format === 'graphml'
            ? `<graphml>${types.map((t, i) => `<key id="k${i}" for="${i === 2 ? 'all' : 'node'}" attr.name="a${i}" attr.type="${t}"/>`).join('')}<graph edgedefault="directed">${nodes.map((n) => `<node id="${escapeAttribute(n.id)}"><data key="${n.key}">${escapeText(n.value)}</data></node>`).join('')}${edges.map((e) => `<edge source="${escapeAttribute(e.source)}" target="${escapeAttribute(e.target)}"/>`).join('')}</graph></graphml>`
            : `<gexf version="1.3"><graph><attributes class="node">${types.map((t, i) => `<attribute id="k${i}" title="a${i}" type="${t}"/>`).join('')}</attributes><nodes>${nodes.map((n) => `<node id="${escapeAttribute(n.id)}"><attvalues><attvalue for="${n.key}" value="${escapeAttribute(n.value)}"/></attvalues><viz:position x="${escapeAttribute(n.x)}" y="0"/></node>`).join('')}</nodes><edges>${edges.map((e) => `<edge source="${escapeAttribute(e.source)}" target="${escapeAttribute(e.target)}"/>`).join('')}</edges></graph></gexf>`,
        );
      fc.assert(
        fc.property(doc, (text) => readsWithinBounds(text, format)),
        runs,
      );
    },
  );

  it('csv, from CSV-ish text', () =>
    fc.assert(
      fc.property(textFrom(CSV), (text) => readsWithinBounds(text, 'csv')),
      runs,
    ));

  it('csv, from tables of any strings', () =>
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }), { maxLength: 12 }),
        (rows) =>
          readsWithinBounds(['Source,Target,Label', ...rows.map((r) => r.join(','))].join('\n'), 'csv'),
      ),
      runs,
    ));
});

/** Text every format can carry: any Unicode but what XML 1.0 cannot hold. */
// eslint-disable-next-line no-control-regex
const XML_FREE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const TRICKY = [
  '=1',
  '+',
  '-2',
  '@',
  "'",
  '|',
  ' | ',
  '"',
  "''",
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '[',
  ']',
  '{}',
  ',',
  ';',
  '<b>',
  '&amp;',
  '&',
  ']]>',
  'β',
  '–',
  '🧬',
  'null',
  '[]',
  '["a"]',
  '# edges.csv',
  'original.x',
  '\\',
];
const anyText = (min = 0) =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 4 })), {
      maxLength: 5,
    })
    .map((parts) => parts.join(''))
    .filter((s) => s.length >= min && !XML_FREE.test(s));

const graphs = fc
  .record({
    ids: fc.uniqueArray(anyText(1), { minLength: 1, maxLength: 6 }),
    labels: fc.array(anyText(1), { minLength: 6, maxLength: 6 }),
    aliases: fc.array(fc.array(anyText(), { maxLength: 3 }), { minLength: 6, maxLength: 6 }),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        relation: fc.constantFrom('targets', 'interacts'),
        evidence: fc.array(
          fc.record({
            quote: anyText(1),
            refs: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }),
            level: fc.constantFrom('strong', 'weak'),
            notes: fc.option(anyText(1), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 8 },
    ),
    positions: fc.array(
      fc.tuple(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      ),
      { minLength: 6, maxLength: 6 },
    ),
  })
  .map(({ ids, labels, aliases, edges, positions }) => {
    const graph: DatasetGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    graph.replaceAttributes({ title: 'random', citation: '', doi: '', groups: {} });
    const pos = Object.create(null) as DatasetPositions;
    ids.forEach((id, i) => {
      const node: DatasetNode = {
        type: i % 2 ? 'gene' : 'drug',
        label: labels[i]!,
        aliases: aliases[i]!,
        description: '',
        warnings: [],
      };
      graph.addNode(id, node);
      pos[id] = { x: positions[i]![0] + 0, y: positions[i]![1] + 0 };
    });
    edges.forEach((e, i) => {
      const evidence = e.evidence
        .map((item) => ({ section: '', ...item, ...(item.notes === undefined ? { notes: undefined } : {}) }))
        .map((item) => JSON.parse(JSON.stringify(item)) as DatasetEvidence);
      graph.addDirectedEdgeWithKey(`e${i}`, ids[e.from % ids.length]!, ids[e.to % ids.length]!, {
        relation: e.relation,
        evidence,
      });
    });
    return { graph, schema: TINY_SCHEMA, positions: pos };
  });

describe('property: export → import gives the same graph, for any text in it', () => {
  it.each(WRITE_FORMATS.filter((f): f is Exclude<WriteFormat, 'bel'> => f !== 'bel'))('%s', (format) =>
    fc.assert(
      fc.property(graphs, (input) => {
        const files = exportDataset(format, input);
        const result = readDataset(files.map((f) => ({ name: `x${f.suffix}`, text: f.text })));
        if (!result.ok) throw new Error(result.error);
        expect(plain(byKey(result.dataset.graph))).toEqual(plain(byKey(input.graph.export())));
        if (format !== 'graphology') expect(plain(result.dataset.positions)).toEqual(plain(input.positions));
      }),
      { numRuns: 60 },
    ),
  );
});
