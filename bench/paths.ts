/**
 * `npm run bench:paths [-- --sizes 1000,5000,20000 --pairs 20 --budget 1500]`: the path search on
 * seeded synthetic graphs (tests/support/syntheticGraph.ts, ≈2 relations per entity) in Node. For
 * each size: building the graph and its path index, then k = 5 paths between random pairs of
 * entities in both modes (chains of claims first, and any direction), with the time budget the app
 * uses. Prints medians, p95 and maxima, how many searches the budget cut short, and a calibration
 * figure (a fixed CPU loop) so that figures from a slow and a fast machine can be compared.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { findPaths, type PathDirection } from '../src/model/paths';
import { pathIndex } from '../src/model/pathSearch/pathIndex';
import { visibleSubgraph } from '../src/model/visibleSubgraph';
import { vocabOf } from '../src/model/vocabOf';
import { normaliseSchema } from '../src/model/vocabulary/datasetSchema';
import { schemaFileSchema } from '../src/model/vocabulary/schemaFile';
import { defaultFilters } from '../src/state/viewTypes';
import { PATH_BUDGET_MS } from '../src/view/hooks/pathBudget';
import { seededRandom, syntheticGraph } from '../tests/support/syntheticGraph';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', '1000,5000,20000').split(',').map(Number);
const pairs = Number(arg('pairs', '20'));
const budget = Number(arg('budget', String(PATH_BUDGET_MS)));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const calibrate = (): number => {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x = (x + i * 7) % 1000003;
  if (x < 0) throw new Error('unreachable');
  return performance.now() - t;
};

const schema = normaliseSchema(
  z.parse(schemaFileSchema, parse(readFileSync(resolve('graph-data/schema.yaml'), 'utf8'))),
);
console.log(`calibration: ${ms(calibrate())} (a fixed loop of 5e7 steps)`);
console.log(`budget: ${budget} ms per search; ${pairs} random pairs per size and mode; k = 5\n`);
console.log(
  '| entities | relations | build graph | path index | mode | median | p95 | max | cut by budget | no path |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of sizes) {
  let t = performance.now();
  const graph = syntheticGraph({ nodes: size, schema, seed: size });
  const built = performance.now() - t;
  const visible = visibleSubgraph(graph, defaultFilters(vocabOf(graph)));
  t = performance.now();
  pathIndex(graph, visible.edges, { nodes: visible.nodes });
  const indexed = performance.now() - t;
  const random = seededRandom(7);
  const ids = graph.nodes();
  const ends = Array.from({ length: pairs }, () => [
    ids[Math.floor(random() * ids.length)]!,
    ids[Math.floor(random() * ids.length)]!,
  ]);
  for (const direction of ['follow', 'any'] as PathDirection[]) {
    const times: number[] = [];
    let cut = 0;
    let none = 0;
    for (const [from, to] of ends) {
      const start = performance.now();
      const result = findPaths(graph, visible.edges, from!, to!, {
        direction,
        nodes: visible.nodes,
        budgetMs: budget,
      });
      times.push(performance.now() - start);
      if (result.truncated) cut += 1;
      if (result.paths.length === 0) none += 1;
    }
    console.log(
      `| ${size} | ${graph.size} | ${ms(built)} | ${ms(indexed)} | ${direction} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(Math.max(...times))} | ${cut}/${pairs} | ${none}/${pairs} |`,
    );
  }
}
