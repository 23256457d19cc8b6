import { describe, expect, it } from 'vitest';
import { layoutChoice } from '../../src/layout/defaultLayout';
import { spiralPlacement } from '../../src/layout/spiralPlacement';
import type { LayoutInput } from '../../src/model/layoutInput';

/** A ring of `n` nodes, each also tied to the node `n / 2` further on. */
const ring = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}` })),
  edges: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}` })),
});

describe('the stored layout of a large graph', () => {
  it('keeps fcose for the review-sized graphs and a cheap placement for very large ones', () => {
    expect(layoutChoice(200)).toBe('fcose');
    expect(layoutChoice(5000)).toBe('fcose-draft');
    expect(layoutChoice(20_000)).toBe('spiral');
  });

  it('places every node, deterministically, neighbours nearer than the average pair, in milliseconds at 50k', () => {
    const input = ring(2000);
    const a = spiralPlacement(input);
    expect(Object.keys(a)).toHaveLength(2000);
    expect(spiralPlacement(input)).toEqual(a);
    const d = (x: string, y: string) => Math.hypot(a[x]!.x - a[y]!.x, a[x]!.y - a[y]!.y);
    const neighbour = input.edges.reduce((s, e) => s + d(e.source, e.target), 0) / input.edges.length;
    let random = 0;
    for (let i = 0; i < 2000; i++) random += d(`n${i}`, `n${(i * 7919 + 1000) % 2000}`);
    expect(neighbour).toBeLessThan(random / 2000 / 3);
    const big = ring(50_000);
    const t = performance.now();
    spiralPlacement(big);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
