/**
 * `tsx bench/scale/modelTimes.ts [sizes] [--budget MS]`: the model functions the issue names, timed in
 * Node on synthetic graphs (median of 3, each in this process after one warm-up): the filter panel's
 * counts as they were (one `visibleSubgraph` per option) and as they are (`filterEffects`, one pass),
 * `shortestPaths` between the hub and a far entity, and `gapCandidates` for the default axes. An
 * algorithm slower than `--budget` / 3 ms (default 60 s) is sampled once; `--counts-only` times the
 * filter counts alone (shortestPaths and gapCandidates take minutes at 20k before their rewrites).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraph } from '../../src/io/loadGraph';
import { filterEffects } from '../../src/model/filters/filterEffects';
import { gapCandidates } from '../../src/model/gaps/gapCandidates';
import { defaultGapAxes } from '../../src/model/gaps/gapAxes';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { gapMatrix } from '../../src/model/gaps/gapMatrix';
import { shortestPaths } from '../../src/model/paths';
import type { KnowledgeGraph } from '../../src/model/types';
import { visibleSubgraph, type SubgraphFilter } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { defaultFilters } from '../../src/state/viewTypes';
import { writeSyntheticData } from './syntheticData';

/** The filter panel's counts before the one-pass rewrite: a full subgraph per option. */
export const countsOneRunPerOption = (graph: KnowledgeGraph, filter: SubgraphFilter): number => {
  const v = vocabOf(graph);
  const count = (patch: Partial<SubgraphFilter>) =>
    visibleSubgraph(graph, { ...filter, ...patch }).edges.size;
  let total = 0;
  for (const l of v.levels) total += count({ minLevel: l.id });
  for (const s of v.sections) total += count({ sections: [s.id] });
  for (const r of v.relations) total += count({ relations: [r.id] });
  for (const f of v.schema.facets) {
    total += count({ facets: {} });
    for (const x of f.values) total += count({ facets: { [f.id]: x.id } });
  }
  return total;
};

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const budget = Number(arg('budget') ?? 60_000);

const timeOf = (run: () => unknown, times = 3): number | string => {
  const t0 = performance.now();
  run();
  const first = performance.now() - t0;
  if (first > budget / times) return Math.round(first); // too slow to repeat: one cold sample
  const samples = Array.from({ length: times }, () => {
    const t = performance.now();
    run();
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return Math.round(samples[Math.floor(times / 2)]!);
};

const sizes = (process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '1000,5000,20000')
  .split(',')
  .map(Number);
const countsOnly = process.argv.includes('--counts-only');
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `kg-model-${size}-`));
  const summary = writeSyntheticData(dir, size);
  const graph = loadGraph(summary.dir).graph!;
  const v = vocabOf(graph);
  const filter = defaultFilters(v);
  const visible = visibleSubgraph(graph, filter);
  const row = (name: string, value: number | string) =>
    console.log(`| ${size} | ${name} | ${typeof value === 'number' ? `${value} ms` : value} |`);
  row(
    'filter counts, one visibleSubgraph per option (before)',
    timeOf(() => countsOneRunPerOption(graph, filter)),
  );
  row(
    'filter counts, filterEffects one pass (after)',
    timeOf(() => filterEffects(graph, filter)),
  );
  row(
    'visibleSubgraph (one filter state)',
    timeOf(() => visibleSubgraph(graph, filter)),
  );
  if (countsOnly) {
    rmSync(dir, { recursive: true, force: true });
    continue;
  }
  row(
    'shortestPaths k=5 hub → far',
    timeOf(() => shortestPaths(graph, visible.edges, summary.hub, summary.far), 1),
  );
  const items = collectGapItems(graph);
  const [rows, cols] = defaultGapAxes(v);
  const matrix = gapMatrix(graph, items, { rows, cols });
  row(
    'gapCandidates (default axes)',
    timeOf(() => gapCandidates(graph, matrix, items), 1),
  );
  rmSync(dir, { recursive: true, force: true });
}
