import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { readerOutline } from '../../src/model/reader/readerOutline';
import { vocabOf } from '../../src/model/vocabOf';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const outline = readerOutline(g);

describe('the reader', () => {
  it('lists every section of the schema in reading order', () => {
    expect(outline.map((s) => s.id)).toEqual(vocabOf(g).sections.map((s) => s.id));
  });

  it('places every evidence item at its stored paragraph and sentence, and only there', () => {
    const placed = new Map<string, string>();
    for (const section of outline)
      for (const p of section.paragraphs)
        for (const s of p.sentences)
          for (const st of s.statements) placed.set(st.item.quote, `${p.p}.${s.s}`);
    g.forEachEdge((_e, a) => {
      for (const item of a.evidence)
        expect(placed.get(item.quote), item.quote).toBe(`${item.at!.p}.${item.at!.s}`);
    });
  });

  it('links each statement to every relation that carries it and the entities it names', () => {
    const all = outline.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.statements)));
    const row = all.find((st) => st.edges.length > 1)!;
    for (const edge of row.edges) {
      expect(g.getEdgeAttribute(edge, 'evidence').some((i) => i.quote === row.item.quote)).toBe(true);
      expect(row.named).toEqual(expect.arrayContaining([g.source(edge), g.target(edge)]));
    }
  });

  it('counts coverage per section: sentences encoded of the sentences the outline gives', () => {
    for (const section of outline) {
      const sentences = g.getAttribute('outline')!.filter((o) => o.section === section.id);
      expect(section.total).toBe(sentences.reduce((n, o) => n + o.sentences, 0));
      expect(section.encoded).toBeLessThanOrEqual(section.total);
    }
    const abbreviations = outline.find((s) => s.id === 'Abbreviations')!;
    expect(abbreviations.encoded).toBe(0);
    expect(outline.find((s) => s.id === '2.1')!.encoded).toBeGreaterThan(0);
  });
});
