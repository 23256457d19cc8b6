import { readDataset } from '../../src/formats/readDataset';
import type { ImportedDataset, ReadFormat } from '../../src/formats/types';

/** Reads one text file; fails the test with the reader's message when it cannot. */
export const read = (name: string, text: string, format?: ReadFormat): ImportedDataset => {
  const result = readDataset([{ name, text }], format);
  if (!result.ok) throw new Error(`expected ${name} to read: ${result.error}`);
  return result.dataset;
};

/** The one-line failure of a file that must not read (and must not be a bug of ours). */
export const failure = (name: string, text: string, format?: ReadFormat): string => {
  const result = readDataset([{ name, text }], format);
  if (result.ok) throw new Error(`expected ${name} to fail, but it read`);
  if (result.unexpected) throw new Error(`the reader crashed on ${name}: ${result.error}`);
  return result.error;
};

export const node = (d: ImportedDataset, key: string) => d.graph.nodes.find((n) => n.key === key)?.attributes;
export const edge = (d: ImportedDataset, key: string) => d.graph.edges.find((e) => e.key === key);
export const whys = (entries: { why: string }[]) => entries.map((e) => e.why).join('\n');
