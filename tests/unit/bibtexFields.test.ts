import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { bibtex, ris } from '../../src/model/citationExport';
import { splitVolumePages } from '../../src/model/volumePages';
import { hasReviewText, inCI, MISSING_REVIEW_TEXT, REVIEW_TEXT } from '../support/reviewText';

const { graph } = loadGraph(resolve('graph-data'));
const g = graph!;

/** The fields of one BibTeX entry, by name. */
const fieldsOf = (entry: string): Record<string, string> =>
  Object.fromEntries([...entry.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((m) => [m[1]!, m[2]!]));

/** What the review's list prints after the journal: "2021;10(8):1959." or "2022:1–9." */
const printed = (line: string) => {
  const m = /\*\.\s*(\d{4})(?:;([^(:.\s]+)(?:\(([^)]+)\))?)?(?::([^.\s]+))?\./.exec(line);
  if (!m) throw new Error(`no volume or pages in: ${line}`);
  return { year: m[1], volume: m[2], issue: m[3], pages: m[4] };
};

// Ten references of different shapes: volume(issue):pages, volume:pages, e-numbers, letters in
// pages, an issue range, pages straight after the year, and a volume alone.
const REFS = [2, 38, 44, 70, 72, 75, 84, 121, 126, 130];

describe('BibTeX volume, issue and pages', () => {
  it('splits what the list prints into its parts', () => {
    expect(splitVolumePages('10(8):1959')).toEqual({ volume: '10', issue: '8', pages: '1959' });
    expect(splitVolumePages('6:e6072')).toEqual({ volume: '6', pages: 'e6072' });
    expect(splitVolumePages(':5911–5926')).toEqual({ pages: '5911–5926' });
    expect(splitVolumePages('98(5–8):151041')).toEqual({ volume: '98', issue: '5–8', pages: '151041' });
    expect(splitVolumePages('Springer; 2019. p. 41–55')).toEqual({ publisher: 'Springer', pages: '41–55' });
    expect(splitVolumePages('2021. p. 5288')).toEqual({ pages: '5288' });
    expect(splitVolumePages('10')).toEqual({ volume: '10' });
  });

  it('writes volume, number and pages as separate fields, and RIS as VL, IS, SP and EP', () => {
    const entry = fieldsOf(bibtex(g, [75]));
    expect(entry).toMatchObject({ volume: '308', number: '12', pages: 'F1474--F1483' });
    const record = ris(g, [75]);
    expect(record).toContain('VL  - 308\nIS  - 12\nSP  - F1474\nEP  - F1483');
  });

  const name = `matches the review's reference list for ten references (${REVIEW_TEXT})`;
  if (!hasReviewText() && !inCI()) {
    console.warn(`skipped: ${name}: ${MISSING_REVIEW_TEXT}`);
    it.skip(name, () => undefined);
    return;
  }
  it(name, () => {
    if (!hasReviewText()) expect.fail(`CI: ${MISSING_REVIEW_TEXT}`);
    const lines = readFileSync(REVIEW_TEXT, 'utf8').split('\n');
    const list = lines.slice(lines.findIndex((l) => l.trim() === 'References'));
    for (const ref of REFS) {
      const line = list.find((l) => l.startsWith(`${ref}. `))!;
      const want = printed(line);
      const got = fieldsOf(bibtex(g, [ref]));
      expect(got.year, `ref ${ref}`).toBe(want.year);
      expect(got.volume, `ref ${ref} volume`).toBe(want.volume);
      expect(got.number, `ref ${ref} issue`).toBe(want.issue);
      expect(got.pages, `ref ${ref} pages`).toBe(want.pages?.replace(/–/g, '--'));
    }
  });
});
