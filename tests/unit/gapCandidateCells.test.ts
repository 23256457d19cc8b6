import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { groupCandidates } from '../../src/model/gaps/candidateGroups';
import { candidateAt, candidateContext, gapCandidates } from '../../src/model/gaps/gapCandidates';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { gapMatrix } from '../../src/model/gaps/gapMatrix';
import { explainCandidate, explainReason } from '../../src/model/gaps/scoreExplanation';
import { vocabOf } from '../../src/model/vocabOf';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const items = collectGapItems(g);
const matrix = gapMatrix(g, items, { rows: 'strategy', cols: 'disease' });
const all = gapCandidates(g, matrix, items, 100_000);

describe('candidate gaps per cell, on demand', () => {
  it('one cell’s candidate is the one the full scan finds', () => {
    const ctx = candidateContext(g, matrix, items);
    for (const c of all.slice(0, 40)) expect(candidateAt(ctx, c.row, c.col)).toEqual(c);
    expect(
      candidateAt(ctx, 'strategy/hypoxic-preconditioning', 'disease/spinal-cord-injury'),
    ).toBeUndefined();
  });

  it('collapses a hypothesis repeated for parent and child rows into one, children listed', () => {
    const groups = groupCandidates(g, all);
    const t1d = groups.find(
      (x) => x.lead.col === 'disease/type-1-diabetes' && x.lead.row === 'strategy/preconditioning',
    )!;
    expect(t1d).toBeDefined();
    expect(t1d.narrower.map((c) => c.row)).toEqual(
      expect.arrayContaining(['strategy/cytokine-preconditioning', 'strategy/ifn-g-preconditioning']),
    );
    // Each cell appears in exactly one group.
    const cells = groups.flatMap((x) => [x.lead, ...x.narrower]).map((c) => `${c.row}|${c.col}`);
    expect(new Set(cells).size).toBe(all.length);
    expect(groups.length).toBeLessThan(all.length);
  });

  it('offers no umbilical cord × severe COVID-19 gap: Wharton’s-jelly MSCs were tried there', () => {
    const m = gapMatrix(g, items, { rows: 'cell_source', cols: 'disease' });
    const found = gapCandidates(g, m, items, 100_000);
    expect(
      found.some((c) => c.row === 'cell_source/umbilical-cord' && c.col === 'disease/severe-covid-19'),
    ).toBe(false);
  });

  it('explains every score with the numbers that make it', () => {
    const label = (id: string) => g.getNodeAttribute(id, 'label');
    const c = all[0]!;
    expect(explainCandidate(c)).toMatch(new RegExp(`= ${c.score.toFixed(2)}$`));
    for (const r of c.reasons)
      expect(explainReason(vocabOf(g), r, label)).toMatch(new RegExp(`= ${r.score.toFixed(2)}$`));
    const path = all.flatMap((x) => x.reasons).find((r) => r.kind === 'path' && r.steps.length === 3)!;
    expect(explainReason(vocabOf(g), path, label)).toMatch(/weakest step: \w+.*3 steps × hub penalty/);
  });
});
