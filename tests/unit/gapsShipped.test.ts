import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
type EntityType = string;
import { loadGraph } from '../../src/io/loadGraph';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { runKg } from '../support/runKg';

const { graph } = loadGraph(resolve('graph-data'));
const items = collectGapItems(graph!);
const matrices = new Map<string, ReturnType<typeof gapMatrix>>();
const matrix = (rows: EntityType, cols: EntityType) => {
  const key = `${rows}|${cols}`;
  if (!matrices.has(key)) matrices.set(key, gapMatrix(graph!, items, { rows, cols }));
  return matrices.get(key)!;
};

// Cells a reader of the review can check against the text (count = distinct statements naming both).
// prettier-ignore
const FILLED: [EntityType, string, EntityType, string, string, number[]][] = [
  ['strategy', 'strategy/hypoxic-preconditioning', 'disease', 'disease/kidney-ischemia-reperfusion-injury', 'animal', [72]],
  ['strategy', 'strategy/hypoxic-preconditioning', 'disease', 'disease/spinal-cord-injury', 'animal', [136]],
  ['strategy', 'strategy/heat-shock-preconditioning', 'disease', 'disease/acute-lung-injury', 'animal', [73]],
  ['strategy', 'strategy/rapamycin-preconditioning', 'disease', 'disease/liver-ischemia-reperfusion-injury', 'animal', [79]],
  ['strategy', 'strategy/sevoflurane-preconditioning', 'disease', 'disease/myocardial-ischemia-reperfusion-injury', 'animal', [80]],
  ['strategy', 'strategy/lithium-chloride-preconditioning', 'disease', 'disease/intervertebral-disc-degeneration', 'animal', [81]],
  ['strategy', 'strategy/ifn-g-preconditioning', 'disease', 'disease/colitis', 'animal', [117]],
  ['strategy', 'strategy/hif-1a-overexpression', 'disease', 'disease/myocardial-infarction', 'animal', [119]],
  ['strategy', 'strategy/f127-hydrogel', 'disease', 'disease/diabetic-wound', 'animal', [121]],
  ['strategy', 'strategy/creka-surface-modification', 'disease', 'disease/femoral-bone-defect', 'animal', [124]],
  ['strategy', 'strategy/fibrin-matrix-encapsulation', 'disease', 'disease/spinal-cord-injury', 'animal', [122]],
  ['therapy', 'therapy/exoflo', 'disease', 'disease/severe-covid-19', 'clinical', [130]],
  ['therapy', 'therapy/bm-msc', 'disease', 'disease/kidney-graft-amr', 'clinical', [92]],
  ['cell_source', 'cell_source/bone-marrow', 'disease', 'disease/cardiomyopathy', 'clinical', [133]],
];

// Pairs the review never connects.
// prettier-ignore
const EMPTY: [EntityType, string, EntityType, string][] = [
  ['strategy', 'strategy/hypoxic-preconditioning', 'disease', 'disease/covid-19'],
  ['strategy', 'strategy/heat-shock-preconditioning', 'disease', 'disease/myocardial-infarction'],
  ['strategy', 'strategy/bioprinting', 'disease', 'disease/covid-19'],
  ['strategy', 'strategy/lithium-chloride-preconditioning', 'disease', 'disease/spinal-cord-injury'],
  ['therapy', 'therapy/exoflo', 'disease', 'disease/myocardial-infarction'],
];

describe('the gap map of the shipped data', () => {
  it.each(FILLED)('%s %s × %s %s has %s evidence citing %j', (rows, row, cols, col, level, refs) => {
    const cell = matrix(rows, cols).cells.get(cellKey(row, col));
    expect(cell, `${row} × ${col}`).toBeDefined();
    expect(cell!.level).toBe(level);
    expect(cell!.refs).toEqual(expect.arrayContaining(refs));
  });

  it.each(EMPTY)('%s %s × %s %s is a gap', (rows, row, cols, col) => {
    expect(matrix(rows, cols).cells.has(cellKey(row, col))).toBe(false);
  });

  it('records the AMR kidney-graft trial as no benefit', () => {
    const outcomes = matrix('therapy', 'disease').cells.get(
      cellKey('therapy/bm-msc', 'disease/kidney-graft-amr'),
    )!.outcomes;
    expect(outcomes).not.toContain('positive');
  });

  it('`kg gaps` prints the documented JSON contract', () => {
    const run = runKg('gaps', '--rows', 'strategy', '--cols', 'disease');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['rows', 'cols', 'cells']);
    expect(json.rows[0]).toEqual({ id: expect.any(String), label: expect.any(String) });
    expect(json.cells).toContainEqual({
      row: 'strategy/heat-shock-preconditioning',
      col: 'disease/acute-lung-injury',
      count: 1,
      level: 'animal',
      refs: [73],
    });
    expect(json.cells.length).toBe(matrix('strategy', 'disease').cells.size);
  });

  it('`kg gaps` refuses a bad pairing with a one-line reason', () => {
    const run = runKg('gaps', '--rows', 'gene');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rows must be an entity type');
  });
});
