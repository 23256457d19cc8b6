import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/formats/readDataset';
import { OKABE_ITO } from '../../../src/formats/assemble/palette';
import { checkSchema } from '../../../src/model/vocabulary/schemaChecks';
import { edge, failure, node, read, whys } from '../../support/readFormat';

const graphml = (body: string, keys = '') =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>\n`;

describe('foreign files get an inferred schema', () => {
  it('types from a kind attribute, relations from interaction, colours from Okabe–Ito, no levels', () => {
    const d = read(
      'net.json',
      JSON.stringify({
        nodes: [
          { data: { id: 'a', name: 'A', kind: 'Gene product' } },
          { data: { id: 'b', name: 'B', kind: 'Gene product' } },
          { data: { id: 'c', name: 'C', kind: 'Drug' } },
        ],
        edges: [
          { data: { id: 'e1', source: 'c', target: 'a', interaction: 'inhibits' } },
          { data: { id: 'e2', source: 'c', target: 'b', interaction: 'inhibits' } },
          { data: { id: 'e3', source: 'a', target: 'b', interaction: 'binds' } },
        ],
      }),
    );
    expect(d.schema.types.map((t) => [t.id, t.label, t.colour])).toEqual([
      ['gene_product', 'Gene product', OKABE_ITO[0]],
      ['drug', 'Drug', OKABE_ITO[1]],
    ]);
    expect(d.schema.relations.map((r) => [r.id, r.from, r.to])).toEqual([
      ['inhibits', ['drug'], ['gene_product']],
      ['binds', ['gene_product'], ['gene_product']],
    ]);
    expect(d.schema.levels).toEqual([]);
    expect(checkSchema(d.schema)).toEqual([]);
    expect(node(d, 'a')).toMatchObject({
      type: 'gene_product',
      label: 'A',
      original: { name: 'A', kind: 'Gene product' },
    });
    expect(edge(d, 'e1')!.attributes).toMatchObject({ relation: 'inhibits', evidence: [] });
    expect(d.positions).toBeUndefined();
  });

  it('one generic type and relation when no attribute sorts them; undirected when the file says so', () => {
    const d = read(
      'g.graphml',
      graphml('<node id="a"/><node id="b"/><edge source="a" target="b"/>').replace(
        'directed"',
        'undirected"',
      ),
    );
    expect(d.schema.types.map((t) => t.id)).toEqual(['node']);
    expect(d.schema.relations).toMatchObject([{ id: 'link', directed: false }]);
  });

  it('a label on every edge, all different, names edges rather than relations', () => {
    const edges = Array.from({ length: 30 }, (_, i) => ({
      key: `e${i}`,
      source: 'a',
      target: 'b',
      attributes: { label: `edge ${i}` },
    }));
    const d = read('g.json', JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges }));
    expect(d.schema.relations.map((r) => r.id)).toEqual(['link']);
    expect(edge(d, 'e3')!.attributes!.original).toEqual({ label: 'edge 3' });
  });
});

describe('what readers do with awkward elements, and report', () => {
  it('merges a node declared twice, keeping the first value where they differ', () => {
    const d = read(
      'g.graphml',
      graphml(
        '<node id="a"><data key="l">first</data></node>\n<node id="a"><data key="l">second</data><data key="w">2</data></node>',
        '<key id="l" for="node" attr.name="label"/><key id="w" for="node" attr.name="w" attr.type="int"/>',
      ),
    );
    expect(d.graph.nodes).toHaveLength(1);
    expect(node(d, 'a')).toMatchObject({ label: 'first', original: { label: 'first', w: 2 } });
    expect(d.report.merged).toEqual([
      {
        what: 'node "a"',
        why: 'declared again; attributes joined, the first value kept for "label"',
        where: 'g.graphml:4 and g.graphml:5',
      },
    ]);
  });

  it('creates nodes that edges name but the file never declares, and says where', () => {
    const d = read(
      'm.gexf',
      '<gexf version="1.2"><graph defaultedgetype="directed"><nodes><node id="0"/></nodes><edges>\n<edge id="e" source="0" target="9"/></edges></graph></gexf>',
    );
    expect(node(d, '9')).toMatchObject({ type: 'node', label: '9' });
    expect(d.report.problems).toContainEqual({
      what: 'node "9"',
      why: 'named by an edge but never declared: created',
      where: 'm.gexf:2',
    });
  });

  it('keeps self-loops, renames a repeated edge id and makes up missing ones', () => {
    const d = read('e.csv', 'Source,Target,Id\na,a,x\na,b,x\nb,a,\n');
    expect(d.graph.edges.map((e) => [e.key, e.source, e.target])).toEqual([
      ['x', 'a', 'a'],
      ['x~2', 'a', 'b'],
      ['edge-1', 'b', 'a'],
    ]);
    expect(d.graph.options.allowSelfLoops).toBe(true);
    expect(whys(d.report.problems)).toMatch(
      /a self-loop on "a": kept[\s\S]*its id is used twice: this one is kept as "x~2"/,
    );
  });

  it('drops positions that are not finite numbers and reports each', () => {
    const d = read(
      'p.json',
      '{"elements":{"nodes":[{"data":{"id":"a"},"position":{"x":1e999,"y":0}},{"data":{"id":"b"},"position":{"x":"NaN","y":1}},{"data":{"id":"c"},"position":{"x":3,"y":4}}]}}',
    );
    expect({ ...d.positions }).toEqual({ c: { x: 3, y: 4 } });
    expect(d.report.dropped.map((e) => e.what)).toEqual(['position of node "a"', 'position of node "b"']);
  });

  it('takes __proto__ and constructor as plain ids, drops __proto__ keys, pollutes nothing', () => {
    const d = read(
      'p.json',
      '{"nodes":[{"key":"__proto__","attributes":{"__proto__":{"polluted":1},"constructor":"c","label":"P"}},{"key":"constructor"}],"edges":[{"source":"__proto__","target":"constructor"}]}',
    );
    expect(d.graph.nodes.map((n) => n.key)).toEqual(['__proto__', 'constructor']);
    expect(node(d, '__proto__')).toMatchObject({ label: 'P', original: { constructor: 'c', label: 'P' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(whys(d.report.dropped)).toContain('__proto__');
  });

  it('shortens a 100 kB label for display, keeps it whole in original.label, and flags markup', () => {
    const long = 'x'.repeat(100_000);
    const d = read('l.csv', `Id,Label\na,${long}\nb,<img src=x onerror=alert(1)>\n`);
    expect(node(d, 'a')!.label).toHaveLength(201);
    expect(node(d, 'a')!.original!.label).toBe(long);
    expect(node(d, 'b')!.label).toBe('<img src=x onerror=alert(1)>');
    expect(whys(d.report.problems)).toMatch(
      /shortened for display[\s\S]*contains markup: kept as plain text/,
    );
  });

  it('keeps Cytoscape compound parents as groups of their children, the parent staying a node', () => {
    const d = read(
      'c.json',
      JSON.stringify([
        { data: { id: 'p', name: 'Complex' } },
        { data: { id: 'a', parent: 'p' } },
        { data: { id: 'b', parent: 'p' } },
      ]),
    );
    expect(node(d, 'a')!.group).toBe('p');
    expect(d.graph.attributes!.groups).toEqual({ node: [{ id: 'p', label: 'Complex' }] });
    expect(d.graph.nodes).toHaveLength(3);
  });
});

describe('CSV', () => {
  it('sniffs the delimiter, reads Gephi’s Type column as direction and Weight as a number', () => {
    const d = read('e.csv', 'Source;Target;Type;Weight;Note\na;b;Undirected;2.5;x\nb;c;Undirected;1;\n');
    expect(d.schema.relations).toMatchObject([{ id: 'link', directed: false }]);
    expect(edge(d, 'edge-1')!.attributes!.original).toEqual({ Weight: 2.5, Note: 'x' });
    expect(d.report.mapped).toContainEqual({
      what: 'delimiter',
      to: 'semicolon',
      why: 'sniffed from the first rows of e.csv',
    });
  });

  it('reads a node table and an edge table given together, and undoes formula neutralisation', () => {
    const r = readDataset([
      { name: 'n.csv', text: "Id,Label,category\n1,'=cmd,x\n2,'-2,y\n" },
      { name: 'e.csv', text: 'Source,Target\n1,2\n' },
    ]);
    expect(r.ok && r.dataset.graph.nodes.map((n) => n.attributes!.label)).toEqual(['=cmd', '-2']);
  });

  it('fails at a quoted field that never closes, naming its line', () => {
    expect(failure('e.csv', 'Source,Target\na,b\n"c,d\ne,f\n')).toBe(
      'e.csv:3: a quoted field is never closed (a " without its closing ")',
    );
  });
});

describe('XML', () => {
  it('fails on a <data> whose key is not declared, with its line', () => {
    expect(failure('g.graphml', graphml('<node id="a">\n<data key="nope">1</data></node>'))).toBe(
      'g.graphml:5: <data key="nope"> names a key that no <key> element declares',
    );
  });

  it('refuses entity declarations before expanding anything', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<graphml><graph><node id="&b;"/></graph></graphml>';
    expect(failure('b.graphml', bomb)).toMatch(/^b\.graphml:2: declares XML entities .*billion laughs/);
  });

  it('casts GEXF values by their declared type and reads 1.3 lists without splitting on |', () => {
    const d = read(
      't.gexf',
      `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="n" type="integer"/><attribute id="1" title="tags" type="liststring"/></attributes><nodes><node id="a" label="A"><attvalues><attvalue for="0" value="7"/><attvalue for="1" value='["x | y", "z"]'/></attvalues><viz:position xmlns:viz="http://gexf.net/1.3/viz" x="1.5" y="-2"/></node></nodes></graph></gexf>`,
    );
    expect(node(d, 'a')!.original).toEqual({ label: 'A', n: 7, tags: ['x | y', 'z'] });
    expect({ ...d.positions }).toEqual({ a: { x: 1.5, y: -2 } });
  });
});

describe('our bundle is checked strictly', () => {
  const bundle = (evidence: unknown) =>
    JSON.stringify({
      graph: {
        attributes: {
          title: 't',
          schema: {
            id: 's',
            title: 's',
            types: [
              {
                id: 't',
                label: 'T',
                plural: 'Ts',
                colour: '#000000',
                ink: '#ffffff',
                shape: 'ellipse',
                layer: 0,
                description: 'd',
              },
            ],
            relationFamilies: [],
            relations: [
              { id: 'r', verb: 'r', family: 'f', from: ['t'], to: ['t'], description: 'd', directed: true },
            ],
            levels: [
              {
                id: 'high',
                label: 'H',
                short: 'H',
                rank: 1,
                line: 'solid',
                colour: '#000000',
                cellFill: '#000000',
                cellInk: '#ffffff',
                description: 'd',
                role: 'clinical',
              },
            ],
            outcomes: [],
            certainty: [],
            sections: [],
            attributes: [],
            facets: [],
          },
        },
        options: { type: 'directed', multi: true, allowSelfLoops: false },
        nodes: ['a', 'b'].map((key) => ({
          key,
          attributes: { type: 't', label: key, aliases: [], description: '', warnings: [] },
        })),
        edges: [{ key: 'a-b', source: 'a', target: 'b', attributes: { relation: 'r', evidence } }],
      },
      positions: { a: { x: 0, y: 0 } },
      stories: [{ id: 'bad' }],
    });

  it('an evidence level the schema does not know fails with the item', () => {
    expect(failure('b.json', bundle([{ quote: 'q', section: '', refs: [], level: 'bogus' }]))).toBe(
      'b.json:graph.edges[0]: evidence[0]: level "bogus" is not in the schema (high)',
    );
  });

  it('a story that does not validate is dropped and reported; the rest reads', () => {
    const d = read('b.json', bundle([{ quote: 'q', section: '', refs: [], level: 'high' }]));
    expect(d.stories).toEqual([]);
    expect(d.report.dropped[0]).toMatchObject({ what: 'story 1', where: 'b.json:stories[0]' });
  });
});
