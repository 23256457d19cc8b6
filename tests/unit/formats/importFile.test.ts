import { describe, expect, it } from 'vitest';
import { importFile, type ImportProgress } from '../../../src/formats/importFile';
import { layoutForImport } from '../../../src/formats/layoutForImport';
import { read } from '../../support/readFormat';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importFile: bytes in, a dataset out, for a Web Worker', () => {
  it('reports its phases and returns the dataset', async () => {
    const seen: ImportProgress[] = [];
    const result = await importFile(
      { name: 'e.csv', bytes: bytes('Source,Target\na,b\n') },
      { onProgress: (p) => seen.push(p) },
    );
    expect(result.ok && result.dataset.report).toMatchObject({ format: 'csv', nodes: 2, edges: 1 });
    expect(seen.map((p) => p.phase)).toEqual(['decoding', 'parsing', 'done']);
    expect(seen.at(-1)!.fraction).toBe(1);
  });

  it('stops when cancelled, between phases', async () => {
    const controller = new AbortController();
    const result = await importFile(
      { name: 'e.csv', bytes: bytes('Source,Target\na,b\n') },
      { signal: controller.signal, onProgress: (p) => p.phase === 'decoding' && controller.abort() },
    );
    expect(result).toEqual({ ok: false, error: 'e.csv: the import was cancelled' });
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const latin1 = new Uint8Array([...bytes('Source,Target\nna'), 0xef, ...bytes('ve,b\n')]);
    const result = await importFile({ name: 'e.csv', bytes: latin1 });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^e\.csv:2: byte 17 \(0xEF\) is not valid UTF-8/),
    });
  });

  it('reads UTF-16 with a byte-order mark and says so in the report', async () => {
    const text = 'Source,Target\nβ,b\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const result = await importFile({ name: 'e.csv', bytes: utf16 });
    expect(result.ok && result.dataset.graph.nodes.map((n) => n.key)).toEqual(['β', 'b']);
    expect(result.ok && result.dataset.report.problems[0]).toMatchObject({ why: 'read as utf-16le' });
  });
});

describe('layoutForImport', () => {
  it('lays out a file without positions, every node at a finite place', () => {
    const d = read('e.csv', 'Source,Target\na,b\nb,c\nc,a\nd,e\n');
    const positions = layoutForImport(d);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(layoutForImport(d)).toEqual(positions);
  });

  it('keeps given positions and places the missing nodes beside their neighbours', () => {
    const d = read('n.csv', 'Id,x,y\na,0,0\nb,100,0\nc,,\n');
    d.graph.edges.push({
      key: 'e',
      source: 'c',
      target: 'b',
      attributes: { relation: 'link', evidence: [] },
    });
    const positions = layoutForImport(d);
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(positions.c!.x - 100, positions.c!.y)).toBeLessThan(50);
  });
});
