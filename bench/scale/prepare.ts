/**
 * Gets one size ready for the benchmark: synthetic graph-data, the app built on it with
 * `GRAPH_DATA=<dir> vite build --mode test` (which validates it and stores its layout), and the bare page's
 * files (the same elements, positions and stylesheet, and the class changes of each action).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { graphFromBundle } from '../../src/model/loadBundle';
import type { KnowledgeGraph, Positions } from '../../src/model/types';
import { vocabOf } from '../../src/model/vocabOf';
import { stylesheetFor } from '../../src/view/canvas/stylesheet';
import { toElements } from '../../src/view/canvas/toElements';
import { scenarioOf, type Scenario } from './scenario';
import { writeSyntheticData, type SyntheticSummary } from './syntheticData';

export interface Prepared {
  appDir: string;
  bareDir: string;
  scenario: Scenario;
  graph: KnowledgeGraph;
  buildMs: number;
}

const bundleIn = (dist: string): { graph: KnowledgeGraph; positions: Positions } => {
  const name = readdirSync(join(dist, 'data')).find((f) => f.endsWith('.json'))!;
  return graphFromBundle(JSON.parse(readFileSync(join(dist, 'data', name), 'utf8')));
};

/** The bare page: bench/bare.html with Cytoscape's own bundle and the data it draws. */
export const bareSite = (graph: KnowledgeGraph, positions: Positions, scenario: Scenario): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const data = {
    elements: toElements(graph, positions),
    style: stylesheetFor(vocabOf(graph)),
    actions: scenario.bare,
  };
  writeFileSync(join(dir, 'bare-data.json'), JSON.stringify(data));
  copyFileSync(resolve('node_modules/cytoscape/dist/cytoscape.min.js'), join(dir, 'cytoscape.min.js'));
  copyFileSync(resolve('bench/bare.html'), join(dir, 'index.html'));
  return dir;
};

/** A well-connected entity next to the hub (tapped, focused, one end of the path) and its label's start. */
const pickNode = (graph: KnowledgeGraph, hub: string): string =>
  graph
    .neighbors(hub)
    .filter((id) => graph.degree(id) >= 3)
    .sort((a, b) => graph.degree(a) - graph.degree(b) || (a < b ? -1 : 1))[0] ?? graph.neighbors(hub)[0]!;

export const prepareSynthetic = (size: number): Prepared => {
  const root = mkdtempSync(join(tmpdir(), `kg-scale-${size}-`));
  const summary = writeSyntheticData(join(root, 'graph-data'), size);
  const appDir = join(root, 'dist');
  mkdirSync(appDir);
  const started = performance.now();
  const build = spawnSync(
    resolve('node_modules/.bin/vite'),
    // The test build: the benchmark drives the canvas through `window.__cy`.
    ['build', '--mode', 'test', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: {
        ...process.env,
        GRAPH_DATA: summary.dir,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
        NODE_OPTIONS: '--max-old-space-size=8192',
      },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0)
    throw new Error(`vite build of ${size} entities failed:\n${build.stdout}\n${build.stderr}`);
  return fromBuild(appDir, summary, performance.now() - started);
};

/** The benchmark's inputs from an app already built on `summary`'s graph-data. */
export const fromBuild = (appDir: string, summary: SyntheticSummary, buildMs = 0): Prepared => {
  const { graph, positions } = bundleIn(appDir);
  const node = pickNode(graph, summary.hub);
  const scenario = scenarioOf(graph, {
    hub: summary.hub,
    node,
    edge: summary.hubEdge,
    query: graph.getNodeAttribute(node, 'label'),
  });
  return { appDir, bareDir: bareSite(graph, positions, scenario), scenario, graph, buildMs };
};

/** The review's own graph, from the test build (`npm run build:test` first: it exposes `window.__cy`). */
export const prepareReview = (appDir: string): Prepared => {
  const { graph, positions } = bundleIn(appDir);
  const scenario = scenarioOf(graph, {
    hub: 'therapy/msc',
    node: 'factor/vegf',
    edge: 'strategy/hypoxic-preconditioning--increases--factor/vegf',
    query: 'hypox',
  });
  return { appDir, bareDir: bareSite(graph, positions, scenario), scenario, graph, buildMs: 0 };
};
