import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { arrangeLines, type AxisState } from '../../src/model/gaps/arrangeLines';
import { openable } from '../../src/model/gaps/axisLines';
import { axisTree, groupNodeId } from '../../src/model/gaps/axisTree';
import { gapAxis } from '../../src/model/gaps/gapAxes';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { seriate } from '../../src/model/gaps/seriation';
import { vocabOf } from '../../src/model/vocabOf';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const v = vocabOf(g);
const items = collectGapItems(g);
const rowsAxis = gapAxis(g, 'strategy');
const colsAxis = gapAxis(g, 'disease');
const forests = { rows: axisTree(g, rowsAxis), cols: axisTree(g, colsAxis) };
const labels = new Map([...rowsAxis, ...colsAxis].map((e) => [e.id, e.label]));
const full = gapMatrix(g, items, { rows: 'strategy', cols: 'disease' });
const state = (expanded: string[] = [], extra: Partial<AxisState> = {}): AxisState => ({
  sort: 'group',
  query: '',
  hideEmpty: false,
  expanded: new Set(expanded),
  ...extra,
});
const shown = (rows: AxisState, cols: AxisState) => arrangeLines(v, items, forests, labels, { rows, cols });
const summary = (c: { count: number; level?: string; refs: number[] } | undefined) =>
  c && { count: c.count, level: c.level, refs: c.refs };

describe('the collapsible gap map', () => {
  it('collapsed, it is strategy families × organ systems: small enough for one screen', () => {
    const m = shown(state(), state());
    expect(m.rows.map((l) => l.node.label)).toEqual(v.attribute('family')!.values.map((x) => x.label));
    expect(m.cols.every((l) => l.node.kind === 'group')).toBe(true);
    expect(m.cols).toHaveLength(12);
    // A family × organ-system cell counts each statement once, whichever members name it.
    const cell = m.cells.get(cellKey(groupNodeId('preconditioning'), groupNodeId('nervous')))!;
    const members = new Set<string>();
    for (const r of forests.rows.find((n) => n.id === groupNodeId('preconditioning'))!.members)
      for (const c of forests.cols.find((n) => n.id === groupNodeId('nervous'))!.members)
        full.cells.get(cellKey(r, c))?.items.forEach((i) => members.add(i.key));
    expect(cell.count).toBe(members.size);
    expect(cell.count).toBeGreaterThan(0);
  });

  it('opening a row lists its children with the counts of the uncollapsed matrix', () => {
    const open = [groupNodeId('preconditioning'), 'strategy/preconditioning'];
    const m = shown(state(open), state(openable(forests.cols)));
    const children = m.rows.filter((l) => l.depth === 2).map((l) => l.node.id);
    expect(children).toContain('strategy/hypoxic-preconditioning');
    expect(children).toContain('strategy/cytokine-preconditioning');
    for (const row of [...children, 'strategy/preconditioning'])
      for (const col of colsAxis)
        expect(summary(m.cells.get(cellKey(row, col.id))), `${row} × ${col.id}`).toEqual(
          summary(full.cells.get(cellKey(row, col.id))),
        );
    // The narrower IFN-γ preconditioning stays folded into its parent until that opens too.
    expect(children).not.toContain('strategy/ifn-g-preconditioning');
  });

  it('with every line open the cells are exactly the full matrix’s', () => {
    const m = shown(state(openable(forests.rows)), state(openable(forests.cols)));
    const entityCells = [...m.cells.values()].filter(
      (c) => !c.row.startsWith('group:') && !c.col.startsWith('group:'),
    );
    expect(entityCells.length).toBe(full.cells.size);
    for (const c of entityCells) expect(summary(c)).toEqual(summary(full.cells.get(cellKey(c.row, c.col))));
  });

  it('keeps a narrower disease of another organ system in its own group (EAE under nervous)', () => {
    const nervous = forests.cols.find((n) => n.id === groupNodeId('nervous'))!;
    expect(nervous.members).toContain('disease/experimental-autoimmune-encephalomyelitis');
  });

  it('filters by text keeping the path to a match, and sorts siblings only', () => {
    const m = shown(state(openable(forests.rows), { query: 'hypoxic' }), state());
    expect(m.rows.map((l) => l.node.id)).toEqual([
      groupNodeId('preconditioning'),
      'strategy/preconditioning',
      'strategy/hypoxic-preconditioning',
    ]);
    const byEvidence = shown(
      state([groupNodeId('preconditioning'), 'strategy/preconditioning'], { sort: 'evidence' }),
      state(),
    );
    const kids = byEvidence.rows.filter((l) => l.depth === 2);
    const total = (id: string) =>
      byEvidence.cols.reduce((n, c) => n + (byEvidence.cells.get(cellKey(id, c.node.id))?.count ?? 0), 0);
    const totals = kids.map((l) => total(l.node.id));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});

describe('seriation', () => {
  it('brings rows and columns with the same evidence together', () => {
    const filled = new Set(['a|x', 'c|x', 'b|y', 'd|y', 'a|z', 'c|z']);
    const { rowRank, colRank } = seriate(['a', 'b', 'c', 'd'], ['x', 'y', 'z'], (r, c) =>
      filled.has(`${r}|${c}`) ? 1 : 0,
    );
    const rows = [...rowRank.entries()].sort((p, q) => p[1] - q[1]).map(([id]) => id);
    const cols = [...colRank.entries()].sort((p, q) => p[1] - q[1]).map(([id]) => id);
    expect(Math.abs(rows.indexOf('a') - rows.indexOf('c'))).toBe(1);
    expect(Math.abs(rows.indexOf('b') - rows.indexOf('d'))).toBe(1);
    expect(Math.abs(cols.indexOf('x') - cols.indexOf('z'))).toBe(1);
  });
});
