/**
 * Re-read of sections 1 and 2.1, the abstract, the article highlights and the Figure 1 legend
 * (docs/audit/s1-2.1-highlights.yaml): every record changed, added or removed there is checked in the shipped
 * graph. Each row names the edge and a distinctive fragment of the quote of the evidence item that was
 * corrected, and the values that item must now carry; undoing the correction makes the row fail.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
import type { Certainty, Level, Outcome } from '../../../src/model/evidence';
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

interface Case {
  edge: string;
  /** A distinctive piece of the quote of the corrected item. */
  fragment: string;
  section: string;
  level?: Level;
  certainty?: Certainty;
  with?: string[];
  measured_in?: string[];
  outcome?: Outcome;
  species?: string;
  /** A piece of a warning the item must carry. */
  warning?: string;
  /** A piece of the item's quote that must NOT be its beginning (the quote was extended before it). */
  notStart?: string;
}

const itemsOf = (key: string): EvidenceItem[] =>
  graph!.hasEdge(key) ? (graph!.getEdgeAttributes(key) as RelationAttributes).evidence : [];

const HIGHLIGHT = 'To optimize MSC or their secreted exosome-based therapy, a variety of strategies';
const ABSTRACT = 'We have reviewed proposed solutions for improving MSC or exosome therapy';
const FIG1_MAY = 'Additionally, MSCs may function through mitochondrial transfer';

// prettier-ignore
const CASES: Case[] = [
  // ---- Abstract and highlights: proposed strategies; the highlight quote now carries its first sentence
  ...['preconditioning', 'genetic-modification', 'encapsulation'].flatMap((s) =>
    ['msc', 'msc-exosome'].flatMap((t): Case[] => [
      { edge: `strategy/${s}--enhances--therapy/${t}`, fragment: ABSTRACT, section: 'Abstract', level: 'review', certainty: 'proposed' },
      { edge: `strategy/${s}--enhances--therapy/${t}`, fragment: 'These strategies include ex-vivo preconditioning', section: 'Highlights', level: 'review', certainty: 'proposed', notStart: 'These strategies include' },
    ]),
  ),
  { edge: 'strategy/bioprinting--enhances--therapy/msc', fragment: HIGHLIGHT, section: 'Highlights', level: 'review', certainty: 'proposed', notStart: 'These strategies include' },
  { edge: 'strategy/bioprinting--enhances--therapy/msc-exosome', fragment: HIGHLIGHT, section: 'Highlights', level: 'review', certainty: 'proposed', notStart: 'These strategies include' },

  // ---- Figure 1 legend: "may function through"
  { edge: 'therapy/msc--acts_through--mechanism/mitochondrial-transfer', fragment: FIG1_MAY, section: 'Figure 1', level: 'review', certainty: 'suggested' },
  { edge: 'therapy/msc--acts_through--mechanism/paracrine-secretion', fragment: FIG1_MAY, section: 'Figure 1', level: 'review', certainty: 'suggested' },
  { edge: 'therapy/msc--acts_through--mechanism/exosome-secretion', fragment: FIG1_MAY, section: 'Figure 1', level: 'review', certainty: 'suggested' },

];

const sameSet = (a: string[] | undefined, b: string[]) =>
  [...(a ?? [])].sort().join() === [...b].sort().join();

describe('re-read of sections 1, 2.1, abstract, highlights and Figure 1', () => {
  it('loads the graph', () => {
    expect(graph).toBeDefined();
  });

  it.each(CASES)('$edge ← $section: "$fragment"', (c) => {
    expect(graph!.hasEdge(c.edge), `edge ${c.edge}`).toBe(true);
    const found = itemsOf(c.edge).filter((e) => e.section === c.section && e.quote.includes(c.fragment));
    expect(found, `${c.edge}: one item in ${c.section} quoting "${c.fragment}"`).toHaveLength(1);
    const e = found[0]!;
    if (c.level) expect(e.level).toBe(c.level);
    if (c.certainty) expect(e.certainty).toBe(c.certainty);
    if (c.with) expect(sameSet(e.with, c.with), `with ${JSON.stringify(e.with)}`).toBe(true);
    else expect(e.with).toBeUndefined();
    if (c.measured_in)
      expect(sameSet(e.measured_in, c.measured_in), `measured_in ${JSON.stringify(e.measured_in)}`).toBe(
        true,
      );
    else expect(e.measured_in).toBeUndefined();
    if (c.outcome) expect(e.outcome).toBe(c.outcome);
    if (c.species) expect(e.species).toBe(c.species);
    if (c.warning) expect((e.warnings ?? []).some((w) => w.includes(c.warning!))).toBe(true);
    if (c.notStart) expect(e.quote.startsWith(c.notStart)).toBe(false);
  });

  it('keeps no item of the highlight that lists the strategies without saying what they enhance', () => {
    const listed = graph!
      .edges()
      .flatMap((k) => itemsOf(k))
      .filter((e) => e.section === 'Highlights' && e.quote.startsWith('These strategies include'));
    expect(listed).toEqual([]);
  });
});
