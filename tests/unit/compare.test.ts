import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { comparisonCsv, comparisonStep } from '../../src/model/compare/compareExport';
import { comparable, compareNeighbourhoods } from '../../src/model/compare/compareNeighbourhoods';
import { stepViewSchema } from '../../src/model/storySchema';
import { runKg } from '../support/runKg';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;
const A = 'strategy/preconditioning';
const B = 'strategy/genetic-modification';

/** Neighbours of the given entities by `relation|direction`, straight from the graph. */
const neighbourhood = (ids: string[]) => {
  const out = new Set<string>();
  for (const id of ids) {
    g.forEachOutEdge(id, (_e, a, _s, t) => void (ids.includes(t) || out.add(`${a.relation}|out|${t}`)));
    g.forEachInEdge(id, (_e, a, s) => void (ids.includes(s) || out.add(`${a.relation}|in|${s}`)));
  }
  return out;
};
const keys = (rows: { relation: string; direction: string; neighbour: string }[]) =>
  new Set(rows.map((r) => `${r.relation}|${r.direction}|${r.neighbour}`));

describe('comparing entities side by side', () => {
  it.each([false, true])(
    'shared and unique sets are the graph’s neighbourhoods (narrower: %s)',
    (narrower) => {
      const c = compareNeighbourhoods(g, [A, B], { narrower });
      const [na, nb] = [neighbourhood(c.members[0]!), neighbourhood(c.members[1]!)];
      const shared = new Set([...na].filter((k) => nb.has(k)));
      expect(keys(c.rows.filter((r) => r.share === 'shared'))).toEqual(shared);
      expect(keys(c.rows.filter((r) => r.share === 'unique' && r.links[0]))).toEqual(
        new Set([...na].filter((k) => !nb.has(k))),
      );
      expect(keys(c.rows.filter((r) => r.share === 'unique' && r.links[1]))).toEqual(
        new Set([...nb].filter((k) => !na.has(k))),
      );
      expect(shared.size).toBeGreaterThan(0);
    },
  );

  it('gives each link its strongest level and evidence count', () => {
    const c = compareNeighbourhoods(g, ['therapy/bm-msc', 'therapy/uc-msc']);
    for (const row of c.rows)
      row.links.forEach((link, k) => {
        if (!link) return;
        const edges = g.edges().filter((e) => {
          const id = c.ids[k]!;
          const other = row.direction === 'out' ? g.target(e) : g.source(e);
          const own = row.direction === 'out' ? g.source(e) : g.target(e);
          return own === id && other === row.neighbour && g.getEdgeAttribute(e, 'relation') === row.relation;
        });
        expect(link.evidence).toBe(edges.reduce((n, e) => n + g.getEdgeAttribute(e, 'evidence').length, 0));
      });
  });

  it('compares three, marks what two of them share, and refuses entities of different types', () => {
    const c = compareNeighbourhoods(g, ['therapy/bm-msc', 'therapy/uc-msc', 'therapy/ad-msc']);
    expect(c.rows.some((r) => r.share === 'some')).toBe(true);
    expect(comparable(g, ['therapy/bm-msc', 'strategy/preconditioning'])).toMatch(/one type/);
    expect(comparable(g, [A])).toMatch(/two or three/);
  });

  it('exports CSV and a story step the player understands', () => {
    const c = compareNeighbourhoods(g, [A, B], { narrower: true });
    const csv = comparisonCsv(g, c).trim().split('\n');
    expect(csv[0]).toBe(
      `relation,direction,neighbour,neighbour_label,neighbour_type,share,${A}_level,${A}_evidence,${B}_level,${B}_evidence`,
    );
    expect(csv).toHaveLength(c.rows.length + 1);
    const step = comparisonStep(g, c);
    expect(stepViewSchema.safeParse(step.view).success).toBe(true);
    expect(step.view.focus).toEqual(expect.arrayContaining([A, B]));
  });

  it('`kg compare A B --format json` prints shared and unique neighbours by relation kind', () => {
    const run = runKg('compare', A, B, '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.entities.map((e: { id: string }) => e.id)).toEqual([A, B]);
    const c = compareNeighbourhoods(g, [A, B]);
    const shared = json.relations.flatMap((r: { shared: unknown[] }) => r.shared);
    expect(shared).toHaveLength(c.rows.filter((r) => r.share === 'shared').length);
    expect(runKg('compare', A, 'disease/covid-19').status).toBe(2);
    expect(runKg('compare', A).status).toBe(2);
  }, 120_000);
});
