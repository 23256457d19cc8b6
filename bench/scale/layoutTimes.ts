/**
 * `tsx bench/scale/layoutTimes.ts DIR [layout…]`: times the build-time layout candidates on a
 * synthetic graph-data folder, in Node, one process per call (fcose default and draft, the spiral
 * placement, the spiral followed by ForceAtlas2 iterations). Reads the records directly (one JSON
 * record per line), so the timing is the layout's alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeLayout } from '../../src/layout/computeLayout';
import { forceAtlasFrom } from '../../src/layout/forceAtlasLayout';
import { spiralPlacement } from '../../src/layout/spiralPlacement';
import type { LayoutInput } from '../../src/model/layoutInput';
import { FCOSE_OPTIONS } from '../../src/model/layoutOptions';

const records = (dir: string): Record<string, string>[] =>
  readdirSync(dir).flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l.slice(2)) as Record<string, string>),
  );

export const layoutInputOf = (dir: string): LayoutInput => ({
  nodes: records(join(dir, 'entities')).map((r) => ({ id: r.id! })),
  edges: records(join(dir, 'relations')).map((r) => ({
    id: `${r.from}--${r.relation}--${r.to}`,
    source: r.from!,
    target: r.to!,
  })),
});

const [dir, ...modes] = process.argv.slice(2);
if (dir) {
  const input = layoutInputOf(dir);
  for (const mode of modes.length > 0 ? modes : ['spiral', 'fa2-20', 'fcose-draft']) {
    const t = performance.now();
    if (mode === 'spiral') spiralPlacement(input);
    else if (mode.startsWith('fa2-')) forceAtlasFrom(input, spiralPlacement(input), Number(mode.slice(4)));
    else computeLayout(input, 1, { ...FCOSE_OPTIONS, quality: mode === 'fcose-draft' ? 'draft' : 'default' });
    console.log(`${input.nodes.length} nodes, ${mode}: ${(performance.now() - t).toFixed(0)} ms`);
  }
}
