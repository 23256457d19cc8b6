import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { cellTyping } from '../../src/model/gaps/gapType';
import type { EvidenceItem } from '../../src/model/types';
import { vocabOf } from '../../src/model/vocabOf';
import { graphBuilder } from '../support/tinyGraph';

/** One strategy and one disease per case, each pair with the statements given. */
const typed = (evidence: Partial<EvidenceItem>[]) => {
  const { g, node, edge } = graphBuilder();
  node('strategy/s', { family: 'preconditioning' });
  node('disease/d');
  if (evidence.length > 0) edge('strategy/s', 'improves', 'disease/d', evidence);
  const m = gapMatrix(g, collectGapItems(g), { rows: 'strategy', cols: 'disease' });
  return cellTyping(m.cells.get(cellKey('strategy/s', 'disease/d')), vocabOf(g));
};

describe('gap types of hand-made cells', () => {
  it('an empty cell is an absolute gap', () => {
    expect(typed([]).type).toBe('absolute');
  });

  it('statements of the review alone are review-only, whatever references they cite', () => {
    expect(typed([{ quote: 'a', level: 'review', refs: [1, 2, 3] }]).type).toBe('review_only');
  });

  it('primary studies without a clinical one are a translation gap (in vitro, ex vivo or animal)', () => {
    expect(typed([{ quote: 'a', level: 'in_vitro', refs: [1] }]).type).toBe('translation');
    expect(
      typed([
        { quote: 'a', level: 'animal', refs: [1] },
        { quote: 'b', level: 'ex_vivo', refs: [2] },
        { quote: 'c', level: 'review', refs: [3] },
      ]).type,
    ).toBe('translation');
  });

  it('clinical evidence from one reference is thin, from two it is filled; counts both sentences and references', () => {
    const one = typed([
      { quote: 'a', level: 'clinical', refs: [7], outcome: 'positive' },
      { quote: 'b', level: 'clinical', refs: [7], outcome: 'positive' },
      { quote: 'c', level: 'animal', refs: [8] },
    ]);
    expect(one).toMatchObject({ type: 'thin', statements: 3, references: 2 });
    expect(
      typed([
        { quote: 'a', level: 'clinical', refs: [7], outcome: 'positive' },
        { quote: 'b', level: 'clinical', refs: [9], outcome: 'positive' },
      ]).type,
    ).toBe('filled');
  });

  it('reads outcome directions: disagreement, safety only, no benefit', () => {
    expect(
      typed([
        { quote: 'a', level: 'clinical', refs: [1], outcome: 'positive' },
        { quote: 'b', level: 'clinical', refs: [2], outcome: 'adverse' },
      ]).notes,
    ).toEqual(['conflicting outcomes']);
    expect(typed([{ quote: 'a', level: 'clinical', refs: [1], outcome: 'safety_only' }]).notes).toEqual([
      'clinical: safety only',
    ]);
    expect(typed([{ quote: 'a', level: 'clinical', refs: [1], outcome: 'no_effect' }]).notes).toEqual([
      'clinical: no benefit shown',
    ]);
  });

  it('takes roles from the schema, not level ids: renamed levels type the same', () => {
    const { g, node, edge } = graphBuilder();
    const schema = g.getAttribute('schema');
    g.setAttribute('schema', {
      ...schema,
      levels: schema.levels.map((l) => ({ ...l, id: `x-${l.id}` })),
    });
    node('strategy/s', { family: 'preconditioning' });
    node('disease/d');
    edge('strategy/s', 'improves', 'disease/d', [{ quote: 'a', level: 'x-animal', refs: [1] }]);
    const m = gapMatrix(g, collectGapItems(g), { rows: 'strategy', cols: 'disease' });
    expect(cellTyping(m.cells.get(cellKey('strategy/s', 'disease/d')), vocabOf(g)).type).toBe('translation');
  });
});

describe('gap types of shipped cells a reader can check', () => {
  const { graph } = loadGraph(resolve('graph-data'));
  const items = collectGapItems(graph!);
  const v = vocabOf(graph!);
  const type = (rows: string, row: string, cols: string, col: string) =>
    cellTyping(gapMatrix(graph!, items, { rows, cols }).cells.get(cellKey(row, col)), v);

  it.each([
    // ExoFlo in severe COVID-19: one trial [130], clinical.
    ['therapy', 'therapy/exoflo', 'disease', 'disease/severe-covid-19', 'thin'],
    // Hypoxic preconditioning in spinal cord injury: a mouse study [136], nothing in patients.
    ['strategy', 'strategy/hypoxic-preconditioning', 'disease', 'disease/spinal-cord-injury', 'translation'],
    // MSCs and spinal cord injury: named by the review only [48].
    ['therapy', 'therapy/msc', 'disease', 'disease/spinal-cord-injury', 'review_only'],
    // Bone marrow and COVID-19: two trials [100, 130] (with outcomes that disagree).
    ['cell_source', 'cell_source/bone-marrow', 'disease', 'disease/covid-19', 'filled'],
    ['strategy', 'strategy/bioprinting', 'disease', 'disease/covid-19', 'absolute'],
  ])('%s %s × %s %s is %s', (rows, row, cols, col, expected) => {
    expect(type(rows, row, cols, col).type).toBe(expected);
  });

  it('Wharton’s-jelly MSCs count for the umbilical cord (broader and origin followed together)', () => {
    const t = type('cell_source', 'cell_source/umbilical-cord', 'disease', 'disease/severe-covid-19');
    expect(t.type).not.toBe('absolute');
    expect(t.references).toBeGreaterThan(0);
  });
});
