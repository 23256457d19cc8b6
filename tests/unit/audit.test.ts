import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFlags, saveFlags, flagsKey } from '../../src/io/flagStorage';
import { loadGraph } from '../../src/io/loadGraph';
import { auditPatch, makeFlag, PATCH_HEADER } from '../../src/model/audit/auditPatch';
import type { KnowledgeGraph } from '../../src/model/types';
import { copyGraphData } from '../support/fixture';
import { runKg } from '../support/runKg';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const EDGE = 'strategy/heat-shock-preconditioning--increases--factor/hsp70';

/** Every evidence item as "edge#index" → its JSON (minus the derived position), to diff two graphs. */
const items = (kg: KnowledgeGraph) => {
  const out = new Map<string, string>();
  kg.forEachEdge((edge, a) =>
    a.evidence.forEach((item, i) => {
      const { at: _at, ...rest } = item;
      out.set(`${edge}#${i}`, JSON.stringify(rest));
    }),
  );
  return out;
};

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  keys() {
    return [...this.data.keys()];
  }
}

describe('evidence flags in the browser', () => {
  const flag = makeFlag(g, EDGE, 0, 'wrong_level', { level: 'in_vitro' }, 'the quote reads like cells');

  it('survive a save and a load, per dataset', () => {
    const s = new MemoryStorage();
    expect(saveFlags(s, 'msc-review', [flag])).toBeUndefined();
    expect(loadFlags(s, 'msc-review')).toEqual({ flags: [flag], notices: [] });
    expect(loadFlags(s, 'other').flags).toEqual([]);
  });

  it('keep the readable flags when one is damaged, and a copy of what could not be read', () => {
    const s = new MemoryStorage();
    s.setItem(flagsKey('d'), JSON.stringify({ version: 1, flags: [flag, { ...flag, error: 'typo' }] }));
    const loaded = loadFlags(s, 'd');
    expect(loaded.flags).toEqual([flag]);
    expect(loaded.notices[0]).toMatch(/1 saved evidence flag\(s\) could not be read\. A copy was kept/);
    expect(s.keys().some((k) => k.startsWith(`${flagsKey('d')}:backup-`))).toBe(true);
  });

  it('never drop data of an unknown version or damaged JSON, and say when storage is full', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ version: 9, flags: [] }),
      JSON.stringify({ version: -1e300, flags: [] }),
    ]) {
      const s = new MemoryStorage();
      s.setItem(flagsKey('d'), raw);
      const loaded = loadFlags(s, 'd');
      expect(loaded.flags).toEqual([]);
      expect(loaded.notices).toHaveLength(1);
      expect(s.getItem(flagsKey('d'))).toBe(raw);
    }
    const full = new MemoryStorage();
    full.full = true;
    expect(saveFlags(full, 'd', [flag])).toMatch(/could not be saved.*Export the audit patch/);
  });
});

describe('kg audit --apply', () => {
  it('changes exactly the flagged item, and lists the kinds a curator must decide', () => {
    const root = copyGraphData(resolve('graph-data'));
    const level = makeFlag(g, EDGE, 0, 'wrong_level', { level: 'in_vitro' }, 'cells, not mice');
    const other = 'therapy/msc--secretes--therapy/msc-exosome';
    const removal = makeFlag(
      g,
      g.hasEdge(other) ? other : g.edges()[3]!,
      0,
      'not_supported',
      { remove: true },
      'no',
    );
    const file = join(root, '..', 'audit.yaml');
    writeFileSync(file, PATCH_HEADER + stringify(auditPatch('msc-review', [level, removal])));
    const run = runKg('audit', '--apply', file, '--data', root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/applied \(1\):\n.*heat-shock.*Wrong level: level animal → in_vitro/);
    expect(run.stdout).toMatch(/for a curator to decide \(1\):\n.*Not supported by the quote/);
    const before = items(g);
    const after = items(loadGraph(root).graph!);
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual([`${EDGE}#0`]);
    expect(JSON.parse(after.get(`${EDGE}#0`)!)).toEqual({
      ...JSON.parse(before.get(`${EDGE}#0`)!),
      level: 'in_vitro',
    });
    expect(after.size).toBe(before.size);
  }, 120_000);

  it('adds the entities a quote names to involves, and refuses a flag whose item is gone', () => {
    const root = copyGraphData(resolve('graph-data'));
    const context = makeFlag(
      g,
      EDGE,
      0,
      'missing_context',
      { involves: ['disease/acute-lung-injury'] },
      'the lung',
    );
    const stale = {
      ...context,
      id: 'x',
      item: { ...context.item, quote: 'a sentence the review never wrote' },
    };
    const file = join(root, '..', 'audit.yaml');
    writeFileSync(file, stringify(auditPatch('msc-review', [context, stale])));
    const run = runKg('audit', '--apply', file, '--data', root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/not found \(1\)/);
    const after = loadGraph(root).graph!.getEdgeAttribute(EDGE, 'evidence')[0]!;
    expect(after.involves).toContain('disease/acute-lung-injury');
    expect(after.involves).toEqual(
      expect.arrayContaining(g.getEdgeAttribute(EDGE, 'evidence')[0]!.involves ?? []),
    );
    expect(readFileSync(file, 'utf8')).toContain('a sentence the review never wrote');
    expect(runKg('audit', '--data', root).status).toBe(2);
  }, 120_000);
});

describe('evidence debt', () => {
  it('counts claims backed by review statements only, one study, or in-vitro work only', async () => {
    const { claimDebt, evidenceDebt } = await import('../../src/model/audit/evidenceDebt');
    const { graphBuilder } = await import('../support/tinyGraph');
    const { g: tiny, node, edge } = graphBuilder();
    node('factor/a');
    node('mechanism/b');
    node('disease/c');
    edge('factor/a', 'acts_through', 'mechanism/b', [
      { quote: 'x', level: 'review', refs: [1, 2], section: '2.2' },
    ]);
    edge('mechanism/b', 'involved_in', 'disease/c', [
      { quote: 'y', level: 'in_vitro', refs: [3], section: '3.2' },
      { quote: 'z', level: 'review', refs: [3], section: '3.2' },
    ]);
    edge('factor/a', 'involved_in', 'disease/c', [
      { quote: 'w', level: 'animal', refs: [4], section: '3.2' },
      { quote: 'v', level: 'in_vitro', refs: [5], section: '3.2' },
    ]);
    expect(claimDebt(tiny, 'factor/a--acts_through--mechanism/b')).toEqual(['review_only']);
    expect(claimDebt(tiny, 'mechanism/b--involved_in--disease/c')).toEqual(['one_study', 'in_vitro_only']);
    expect(claimDebt(tiny, 'factor/a--involved_in--disease/c')).toEqual([]);
    const debt = evidenceDebt(tiny);
    expect(
      debt.bySection.map((r) => [r.key, r.claims, r.kinds.review_only.length, r.kinds.in_vitro_only.length]),
    ).toEqual([
      ['2.2', 1, 1, 0],
      ['3.2', 2, 0, 1],
    ]);
    expect(debt.byType.find((r) => r.key === 'disease')!.claims).toBe(2);
    const shipped = evidenceDebt(g);
    expect(shipped.byType.find((r) => r.key === 'strategy')!.kinds.review_only.length).toBeGreaterThan(0);
  });
});
