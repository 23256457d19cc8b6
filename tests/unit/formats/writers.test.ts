import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/formats/exportDataset';
import { csvCell } from '../../../src/formats/writers/csvCell';
import { belString } from '../../../src/formats/writers/writeBel';
import { writeGraphology } from '../../../src/formats/writers/writeJson';
import { HOSTILE_QUOTES, hostileDataset, reviewDataset } from '../../support/formatGraphs';

const text = (format: Parameters<typeof exportDataset>[0], input = hostileDataset()) =>
  exportDataset(format, input).map((f) => f.text);

/** A BEL string back to text (the writer's escapes undone), for checking Support lines. */
const unBel = (quoted: string) => quoted.slice(1, -1).replace(/\\(["\\])/g, '$1');

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    // A plain number stays a number, as in every CSV the app writes (model/escape/csv.ts).
    ['-2', '-2'],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ["'x", "''x"],
    ['=1\n+2', `"'=1\n+2"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['lone\rreturn', '"lone\rreturn"'],
    ['plain', 'plain'],
  ])('%j is written %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('leaves numbers alone, negative ones included', () => expect(csvCell(-87.9)).toBe('-87.9'));

  it('neutralises formula labels in the exported tables', () => {
    const [nodes] = text('csv');
    expect(nodes).toContain("'=MDM2");
    expect(nodes).not.toMatch(/(^|,)=MDM2/m);
  });
});

describe('graphology JSON', () => {
  it('is byte-identical to graph.export() as kg wrote it, leaving out the schema attribute', () => {
    const { graph } = reviewDataset();
    const bare = graph.copy();
    bare.removeAttribute('schema' as never);
    const before = `${JSON.stringify(bare.export(), null, 2)}\n`;
    expect(graph.hasAttribute('schema' as never)).toBe(true);
    expect(writeGraphology(graph)).toBe(before);
    expect(writeGraphology(bare)).toBe(before);
    expect(text('graphology', { ...reviewDataset() })[0]).toBe(before);
  });
});

describe('GEXF and GraphML', () => {
  it('pre-serialise every value: no [object Object], quotes with | kept whole', () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const [xml] = text(format);
      expect(xml).not.toContain('[object Object]');
      expect(xml).toContain('Bone marrow- derived MSCs/ Autologous | Not reported | 1 | [95]');
      expect(xml).toContain('evidence_json');
    }
  });

  it('write what XML cannot carry as U+FFFD, and keep the file well-formed', () => {
    const input = hostileDataset();
    input.graph.setNodeAttribute('gene/tp53', 'description', 'bell \u0007 here');
    for (const format of ['gexf', 'graphml'] as const)
      expect(text(format, input)[0]).toContain('bell \ufffd here');
  });
});

describe('BEL', () => {
  it('writes one statement per evidence item, each with its citation and its quote as Support', () => {
    const review = reviewDataset();
    const [bel] = text('bel', review);
    const items = review.graph.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(bel!.match(/^SET Support = /gm)).toHaveLength(items);
    expect(bel!.match(/^SET Citation = \{"DOI", "10\.1080\/14712598\.2023\.2211203"\}$/gm)).toHaveLength(
      items,
    );
    const statement = bel!.split('\n').filter((l) => /^(a|bp|path)\(/.test(l));
    expect(statement).toHaveLength(items);
    expect(bel).toContain('a(STRATEGY:"hypoxic-preconditioning") increases a(FACTOR:"vegf")');
  });

  it('escapes quotes and backslashes and folds line breaks, so every Support reads back', () => {
    const [bel] = text('bel');
    const supports = [...bel!.matchAll(/^SET Support = (".*")$/gm)].map((m) => unBel(m[1]!));
    expect(supports).toEqual([...HOSTILE_QUOTES.map((q) => q.replace(/\r\n|\r|\n/g, ' ')), 'q']);
    expect(belString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(bel).toContain('SET CitedReferences = {"pubmed:12345678", "ref 2"}');
  });
});

describe('Cytoscape .cyjs', () => {
  it('the review’s export opens in Cytoscape.js headless with the same counts', () => {
    const review = reviewDataset();
    const cyjs = JSON.parse(text('cyjs', review)[0]!);
    const cy = cytoscape({ headless: true, elements: cyjs.elements });
    expect(cy.nodes().length).toBe(review.graph.order);
    expect(cy.edges().length).toBe(review.graph.size);
    const edge = cy.edges().filter((e) => e.data('citation').length > 0)[0]!;
    expect(edge.data('citation')[0]).toMatch(/^pubmed:\d+$/);
    expect(JSON.parse(edge.data('evidence_json'))).toEqual(
      review.graph.getEdgeAttribute(edge.id(), 'evidence'),
    );
    cy.destroy();
  });

  it('cites pubmed:NNN only where the PMID is trusted', () => {
    const cyjs = JSON.parse(text('cyjs')[0]!);
    const citations = cyjs.elements.edges.flatMap((e: { data: { citation: string[] } }) => e.data.citation);
    expect(citations).toEqual(['pubmed:12345678']);
    const papers = cyjs.elements.nodes.filter((n: { data: { type: string } }) => n.data.type === 'source');
    expect(papers.map((n: { data: { represents?: string } }) => n.data.represents)).toEqual([
      'pubmed:12345678',
      undefined,
    ]);
  });
});
