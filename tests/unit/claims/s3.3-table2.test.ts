/**
 * Re-read of section 3.3 and Table 2 (graph-data/relations/3.3-exosome-strategies.yaml and
 * table2-exosome-strategies.yaml) against the review; see docs/audit/s3.3-table2.yaml.
 *
 * Every correction is one row: the edge must exist and hold an item of the given section whose quote contains
 * the fragment, with the level, certainty, `with`, `measured_in` and outcome set by the re-read. Removed and
 * merged edges must be absent. Each row fails if its correction is undone.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
import type { Certainty, Level, Outcome } from '../../../src/model/evidence';
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

interface Case {
  name: string;
  key: string;
  section: '3.3' | 'Table 2';
  /** A distinctive fragment of the quote of the item checked. */
  quote: string;
  level?: Level;
  certainty?: Certainty;
  with?: string[];
  measured_in?: string[];
  outcome?: Outcome;
  /** The item must have no species (an in-vitro finding). */
  noSpecies?: boolean;
}

const itemsOf = (key: string): EvidenceItem[] =>
  (graph!.getEdgeAttributes(key) as RelationAttributes).evidence;

const TABLE2_OPENER = 'Table 2 lists several strategies';

// prettier-ignore
const CASES: Case[] = [
  // ---- 3.3 cargo loading: the listed routes and techniques sit on the cargo-loading edge
  { name: 'loading routes listed under cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: 'Several methods have been used to load cargo into exosomes', level: 'review', certainty: 'stated' },
  { name: 'physical techniques listed under cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: 'electroporation, freeze-thaw, dialysis, surfactant treatment, and sonication', level: 'review', certainty: 'stated' },
  { name: 'Table 2 opener on cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: TABLE2_OPENER, level: 'review', certainty: 'stated' },
];

/** Claims the review does not make: each edge must be absent. */
// prettier-ignore
const ABSENT: { name: string; key: string }[] = [
  { name: 'sonication is only listed as a loading technique', key: 'method/sonication--enhances--therapy/msc-exosome' },
  { name: 'electroporation is only listed as a loading technique', key: 'method/electroporation--enhances--therapy/msc-exosome' },
  { name: 'freeze-thaw is only listed as a loading technique', key: 'method/freeze-thaw--enhances--therapy/msc-exosome' },
  { name: 'dialysis is only listed as a loading technique', key: 'method/dialysis--enhances--therapy/msc-exosome' },
  { name: 'surfactant treatment is only listed as a loading technique', key: 'method/surfactant-treatment--enhances--therapy/msc-exosome' },
  { name: 'incubation is only listed as a loading route', key: 'strategy/cargo-incubation--enhances--therapy/msc-exosome' },
  { name: 'transfection is only listed as a loading route', key: 'strategy/transfection-loading--enhances--therapy/msc-exosome' },
  { name: 'physical treatment is only listed as a loading route', key: 'strategy/physical-cargo-loading--enhances--therapy/msc-exosome' },
];

const sameSet = (a: string[] | undefined, b: string[] | undefined) =>
  JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());

const fits = (c: Case) => (e: EvidenceItem) =>
  e.section === c.section &&
  e.quote.includes(c.quote) &&
  (c.level === undefined || e.level === c.level) &&
  (c.certainty === undefined || e.certainty === c.certainty) &&
  (c.with === undefined || sameSet(e.with, c.with)) &&
  (c.measured_in === undefined || sameSet(e.measured_in, c.measured_in)) &&
  (c.outcome === undefined || e.outcome === c.outcome) &&
  (c.noSpecies !== true || e.species === undefined);

describe('s3.3-table2: corrected claims of section 3.3 and Table 2', () => {
  it('loads the graph', () => {
    expect(graph).toBeDefined();
  });

  it.each(CASES)('$name ($key)', (c) => {
    expect(graph!.hasEdge(c.key), `edge ${c.key}`).toBe(true);
    const items = itemsOf(c.key).filter((e) => e.section === c.section && e.quote.includes(c.quote));
    expect(items.length, `${c.key}: an item of ${c.section} quoting "${c.quote}"`).toBeGreaterThan(0);
    expect(
      items.some(fits(c)),
      `${c.key}: found ${JSON.stringify(items.map(({ level, certainty, with: w, measured_in, outcome, species }) => ({ level, certainty, with: w, measured_in, outcome, species })))}`,
    ).toBe(true);
  });

  it.each(ABSENT)('absent: $name', ({ key }) => {
    expect(graph!.hasEdge(key)).toBe(false);
  });
});
