import { describe, expect, it } from 'vitest';
import { exportDataset, WRITE_FORMATS, type WriteFormat } from '../../../src/formats/exportDataset';
import { readDataset } from '../../../src/formats/readDataset';
import type { ImportedDataset } from '../../../src/formats/types';
import { byKey, HOSTILE_QUOTES, hostileDataset, plain, reviewDataset } from '../../support/formatGraphs';

const READABLE = WRITE_FORMATS.filter((f): f is Exclude<WriteFormat, 'bel'> => f !== 'bel');
/** The formats that carry the schema, the graph's attributes and positions of every placed node. */
const CARRY_SCHEMA = new Set<WriteFormat>(['json', 'jgf', 'cyjs', 'graphml']);

/**
 * What the flat formats can hold of a foreign file's own attributes (`original`): GEXF and GraphML
 * carry objects as JSON text, CSV carries text only (but a numeric `weight`, as Gephi reads it).
 * Our own fields always come back typed.
 */
const FLAT = new Set<WriteFormat>(['gexf', 'graphml', 'csv']);
const asFlatFormat = (format: WriteFormat, graph: ReturnType<typeof byKey>) => {
  if (!FLAT.has(format)) return graph;
  const flat = (original: Record<string, unknown>, edge: boolean) =>
    Object.fromEntries(
      Object.entries(original).map(([k, v]) => [
        k,
        typeof v === 'object'
          ? JSON.stringify(v)
          : format === 'csv' && !(edge && k === 'weight')
            ? String(v)
            : v,
      ]),
    );
  const each = <T extends { original?: Record<string, unknown> }>(
    items: Record<string, T | undefined>,
    edge: boolean,
  ) =>
    Object.fromEntries(
      Object.entries(items).map(([k, v]) => [
        k,
        v?.original ? { ...v, original: flat(v.original, edge) } : v,
      ]),
    );
  return { nodes: each(graph.nodes, false), edges: each(graph.edges, true) };
};

const roundTrip = (format: WriteFormat, input: Parameters<typeof exportDataset>[1]): ImportedDataset => {
  const files = exportDataset(format, input);
  const result = readDataset(files.map((f) => ({ name: `export${f.suffix}`, text: f.text })));
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
};

describe('export → import gives the same graph, evidence included', () => {
  it.each(READABLE)(
    '%s, with quotes holding |, quotes, brackets, line breaks, formulas and non-ASCII',
    (format) => {
      const input = hostileDataset();
      const back = roundTrip(format, input);
      expect(plain(byKey(back.graph))).toEqual(plain(asFlatFormat(format, byKey(input.graph.export()))));
      // graphology's serialization carries no positions.
      if (format === 'graphology') return;
      const quotes = back.graph.edges.flatMap((e) => e.attributes!.evidence.map((i) => i.quote));
      expect(quotes).toEqual(HOSTILE_QUOTES.concat('q'));
      expect(plain(back.positions)).toEqual(plain(input.positions));
      if (CARRY_SCHEMA.has(format)) {
        expect(back.schema).toEqual(input.schema);
        expect(plain(back.graph.attributes)).toEqual(plain(input.graph.getAttributes()));
      }
      expect(back.report.dropped).toEqual([]);
    },
  );

  it('json: the review round-trips losslessly, schema, positions and stories included', () => {
    const review = reviewDataset();
    const back = roundTrip('json', review);
    expect(plain(byKey(back.graph))).toEqual(plain(byKey(review.graph.export())));
    // The schema travels in the graph's attributes; the reader hands it over as `schema`.
    expect(back.graph.attributes).not.toHaveProperty('schema');
    expect({ ...back.graph.attributes, schema: back.schema }).toEqual(review.graph.getAttributes());
    expect(back.schema).toEqual(review.schema);
    expect(plain(back.positions)).toEqual(plain(review.positions));
    expect(back.stories).toEqual(review.stories);
    expect(back.report).toMatchObject({ dropped: [], problems: [], merged: [] });
  });

  it.each(READABLE.filter((f) => f !== 'json'))(
    '%s: the review comes back with every entity, relation and evidence item',
    (format) => {
      const review = reviewDataset();
      const back = roundTrip(format, review);
      expect(plain(byKey(back.graph))).toEqual(plain(byKey(review.graph.export())));
      if (CARRY_SCHEMA.has(format)) expect(back.schema).toEqual(review.schema);
    },
  );

  it('a subset keeps the chosen nodes and edges, their ends and the references they cite', () => {
    const review = reviewDataset();
    const edge = review.graph.findEdge((_, a) => a.evidence.some((e) => e.refs.length > 1))!;
    const [source, target] = review.graph.extremities(edge);
    const refs = new Set(review.graph.getEdgeAttribute(edge, 'evidence').flatMap((e) => e.refs));
    const back = roundTrip('json', { ...review, subset: { nodes: [], edges: [edge] } });
    expect(back.graph.edges.map((e) => e.key)).toEqual([edge]);
    expect(back.graph.nodes.map((n) => n.key).sort()).toEqual(
      [source, target, ...[...refs].map((r) => `paper/${r}`)].sort(),
    );
    expect(Object.keys(back.positions ?? {}).sort()).toEqual([source, target].sort());
  });
});
