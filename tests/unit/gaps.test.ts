import { describe, expect, it } from 'vitest';
import { reviewVocabulary } from '../support/schemas';
import { gapCandidates } from '../../src/model/gaps/gapCandidates';
import { gapMatrixCsv, gapMatrixJson } from '../../src/model/gaps/gapExport';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { thinSpots } from '../../src/model/gaps/thinSpots';
import type { EvidenceItem, KnowledgeGraph } from '../../src/model/types';
import { graphBuilder } from '../support/tinyGraph';

/** A hand-made graph for the cell rule. */
const build = (): KnowledgeGraph => {
  const {
    g,
    node,
    edge: add,
  } = graphBuilder({
    disease: [
      { id: 'heart', label: 'Heart' },
      { id: 'nerve', label: 'Nerves' },
    ],
  });
  const edge = (from: string, relation: string, to: string, evidence: Partial<EvidenceItem>[]) =>
    add(from, relation, to, evidence, { section: '2.3.1', level: 'animal' });
  node('therapy/msc', { group: 'cells' });
  node('therapy/exo', { group: 'vesicles' });
  node('strategy/preconditioning', { family: 'preconditioning' });
  node('strategy/hypoxia', { family: 'preconditioning', broader: 'strategy/preconditioning' });
  node('strategy/heat', { family: 'preconditioning', broader: 'strategy/preconditioning' });
  node('strategy/gel', { family: 'encapsulation' });
  node('factor/vegf');
  node('disease/heart-disease', { group: 'heart' });
  node('disease/mi', { group: 'heart', broader: 'disease/heart-disease' });
  node('disease/stroke', { group: 'nerve' });
  node('disease/sci', { group: 'nerve' });
  // One Table 2 row, carried by two edges: it names hypoxia, the exosome, VEGF and SCI.
  const row: Partial<EvidenceItem> = {
    quote: 'Exosome from hypoxic MSCs | In vivo (Mouse) | SCI | VEGF up | [136]',
    section: 'Table 2',
    refs: [136],
    involves: ['therapy/exo'],
  };
  edge('strategy/hypoxia', 'improves', 'disease/sci', [{ ...row }]);
  edge('strategy/hypoxia', 'increases', 'factor/vegf', [
    { ...row, involves: ['therapy/exo', 'disease/sci'] },
  ]);
  // Hypoxia and MI: three items of mixed levels, one of them copied on a second edge.
  edge('strategy/hypoxia', 'improves', 'disease/mi', [
    { quote: 'a', level: 'in_vitro', refs: [2], involves: ['therapy/msc'] },
    { quote: 'b', level: 'clinical', refs: [3], outcome: 'positive', involves: ['therapy/msc'] },
    { quote: 'c', level: 'animal', refs: [4], outcome: 'no_effect', involves: ['therapy/msc'] },
  ]);
  edge('therapy/msc', 'improves', 'disease/mi', [
    { quote: 'b', level: 'clinical', refs: [3], outcome: 'positive' },
  ]);
  // VEGF is involved in stroke (a path for the candidate hypoxia × stroke).
  edge('factor/vegf', 'involved_in', 'disease/stroke', [{ quote: 'v', level: 'review', refs: [5] }]);
  // Heat shock worked for MI (a sibling row of hypoxia).
  edge('strategy/heat', 'improves', 'disease/mi', [{ quote: 'h', refs: [6] }]);
  return g;
};

const graph = build();
const items = collectGapItems(graph);
const matrix = gapMatrix(graph, items, { rows: 'strategy', cols: 'disease' });
const cell = (row: string, col: string) => matrix.cells.get(cellKey(`strategy/${row}`, `disease/${col}`));

describe('the gap-map cell rule', () => {
  it('counts one item that names a strategy and a disease, however many edges carry it', () => {
    expect(cell('hypoxia', 'sci')).toMatchObject({ count: 1, level: 'animal', refs: [136] });
  });

  it('counts items, not edges, and never one item twice; the cell takes the strongest level', () => {
    const c = cell('hypoxia', 'mi')!;
    expect(c.count).toBe(3);
    expect(c.byLevel).toMatchObject({ clinical: 1, animal: 1, in_vitro: 1 });
    expect(c.level).toBe('clinical');
    expect(c.refs).toEqual([2, 3, 4]);
  });

  it('counts a statement filed on two claims at two levels at its strongest, whichever comes first', () => {
    const { g, node, edge } = graphBuilder();
    node('strategy/hypoxia', { family: 'preconditioning' });
    node('factor/mir');
    node('disease/sci');
    const quote =
      'Hypoxia | In vitro (BV2) In vivo (Mouse) | SCI | miR up (in vitro), repair (in vivo) | [136]';
    edge('strategy/hypoxia', 'increases', 'factor/mir', [
      { quote, section: 'Table 2', refs: [136], level: 'in_vitro' },
    ]);
    edge('strategy/hypoxia', 'improves', 'disease/sci', [
      { quote, section: 'Table 2', refs: [136], level: 'animal' },
    ]);
    const items = collectGapItems(g);
    expect(items).toHaveLength(1);
    expect(items[0]!.item.level).toBe('animal');
    const cell = gapMatrix(g, items, { rows: 'strategy', cols: 'disease' }).cells.get(
      cellKey('strategy/hypoxia', 'disease/sci'),
    );
    expect(cell?.level).toBe('animal');
  });

  it('rolls narrower entities up into broader rows and columns', () => {
    expect(cell('preconditioning', 'mi')!.count).toBe(4);
    expect(cell('hypoxia', 'heart-disease')!.count).toBe(3);
    expect(
      gapMatrix(graph, items, { rows: 'strategy', cols: 'disease', rollUp: false }).cells.has(
        cellKey('strategy/preconditioning', 'disease/mi'),
      ),
    ).toBe(false);
  });

  it('leaves gaps empty and splits MSC from exosome evidence', () => {
    expect(cell('gel', 'mi')).toBeUndefined();
    expect(cell('hypoxia', 'stroke')).toBeUndefined();
    expect(cell('hypoxia', 'sci')!.byKind).toEqual({ cells: 0, vesicles: 1 });
    expect(cell('hypoxia', 'mi')!.byKind).toEqual({ cells: 3, vesicles: 0 });
  });

  it('exports the documented JSON (empty cells omitted) and a CSV line per cell', () => {
    const json = gapMatrixJson(matrix);
    expect(json.rows.map((r) => r.id)).toContain('strategy/gel');
    expect(json.cells).toContainEqual({
      row: 'strategy/hypoxia',
      col: 'disease/sci',
      count: 1,
      level: 'animal',
      refs: [136],
    });
    expect(json.cells.every((c) => c.count > 0)).toBe(true);
    const csv = gapMatrixCsv(matrix, reviewVocabulary()).trim().split('\n');
    expect(csv[0]).toBe(
      'row,row_label,col,col_label,count,clinical,animal,ex_vivo,in_vitro,review,msc_items,exosome_items,strongest_level,refs',
    );
    expect(csv).toContain('strategy/hypoxia,hypoxia,disease/mi,mi,3,1,1,0,1,0,3,0,clinical,2;3;4');
    expect(csv).toHaveLength(json.cells.length + 1);
  });
});

describe('candidate gaps and thin spots', () => {
  const candidates = gapCandidates(graph, matrix, items);

  it('suggests an empty cell linked through a factor, with every step and its evidence', () => {
    const c = candidates.find((x) => x.row === 'strategy/hypoxia' && x.col === 'disease/stroke')!;
    expect(c).toBeDefined();
    const path = c.reasons.find((r) => r.kind === 'path')!;
    expect(path.kind === 'path' && path.steps.map((s) => [s.from, s.to])).toEqual([
      ['strategy/hypoxia', 'factor/vegf'],
      ['factor/vegf', 'disease/stroke'],
    ]);
    expect(path.kind === 'path' && path.steps[1]!.items[0]!.item.refs).toEqual([5]);
  });

  it('never suggests a cell that has evidence, nor one with no indirect link', () => {
    expect(candidates.some((c) => matrix.cells.has(cellKey(c.row, c.col)))).toBe(false);
    expect(candidates.some((c) => c.row === 'strategy/gel')).toBe(false);
  });

  it('lists single-study, weak and conflicting cells as thin spots', () => {
    const thin = thinSpots(matrix, reviewVocabulary());
    const of = (row: string, col: string) =>
      thin.find((t) => t.cell.row === `strategy/${row}` && t.cell.col === `disease/${col}`)?.reasons;
    expect(of('hypoxia', 'sci')).toEqual(['single study']);
    expect(of('hypoxia', 'mi')).toEqual(['conflicting outcomes']);
  });
});
