/**
 * Re-read of Table 1 (clinical trials of MSCs), section 3.1 (isolation and characterisation of exosomes, with the
 * Figure 3 legend) and section 3.4 (exosome trials) against the review. Every correction of that re-read is a
 * row below: the corrected edge exists (or the removed evidence is gone), and the evidence item found by a
 * distinctive fragment of its quote carries what the re-read set. Audit record: docs/audit/table1-3.1-3.4.yaml.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
type Certainty = string;
type Level = string;
type Outcome = string;
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

const evidenceOf = (key: string): EvidenceItem[] =>
  graph!.hasEdge(key) ? (graph!.getEdgeAttributes(key) as RelationAttributes).evidence : [];

interface Case {
  name: string;
  edge: string;
  /** A distinctive fragment of the quote of the item checked. */
  quote: string;
  level?: Level;
  certainty?: Certainty;
  outcome?: Outcome;
  with?: string[];
  measured_in?: string[];
  /** Ids that must be in `involves` / must not be. */
  involves?: string[];
  notInvolves?: string[];
  /** A fragment one of the item's warnings must contain; `false`: the item has no warnings. */
  warning?: string | false;
  /** A fragment the item's notes must contain. */
  note?: string;
}

// prettier-ignore
const CASES: Case[] = [
  // ---- Table 1
  { name: 'Table 1 [133]: the cardiomyopathy counts overlap (warning reworded)', edge: 'therapy/bm-msc--tested_in--disease/cardiomyopathy', quote: 'Medical history of 8 patients', level: 'clinical', certainty: 'stated', outcome: 'no_effect', warning: '10 of the 8 patients' },
  { name: 'Table 1 [95]: the fractional-anisotropy fall was in the controls (warning)', edge: 'therapy/bm-msc--improves--disease/ischemic-stroke', quote: 'Fugl-Meyer assessment score', level: 'clinical', certainty: 'stated', outcome: 'positive', warning: 'did not fall in the MSC group' },
  { name: 'Table 1 [93]: China for Hong Kong is no error (warning became a note)', edge: 'therapy/bm-msc--improves--disease/knee-osteoarthritis', quote: 'versus hyaluronic acid | China', level: 'clinical', certainty: 'stated', outcome: 'positive', warning: false, note: 'Hong Kong' },
  { name: 'Table 1 [103]: the lupus row shows safety only, the text says safe and effective (warning)', edge: 'therapy/bm-msc--tested_in--disease/systemic-lupus-erythematosus', quote: 'No dose-limiting toxicity', level: 'clinical', certainty: 'stated', outcome: 'safety_only', warning: 'safe and effective' },
  { name: "Table 1 [102]: the Wharton's jelly row names the cells that changed", edge: 'therapy/wj-msc--improves--disease/severe-covid-19', quote: 'A decrease in neutrophil, ESR', level: 'clinical', certainty: 'stated', outcome: 'positive', involves: ['target_cell/neutrophil', 'target_cell/lymphocyte'] },
  { name: "Table 1 [102]: Wharton's jelly MSCs lowered neutrophils (added)", edge: 'therapy/wj-msc--inhibits--target_cell/neutrophil', quote: 'A decrease in neutrophil, ESR', level: 'clinical', certainty: 'stated', outcome: 'positive' },
  { name: "Table 1 [102]: Wharton's jelly MSCs raised lymphocytes (added)", edge: 'therapy/wj-msc--increases--target_cell/lymphocyte', quote: 'an increase in lymphocyte', level: 'clinical', certainty: 'stated', outcome: 'positive' },

  // ---- 3.1 (and the Figure 3 legend)
  { name: '3.1 [104]: exosomes secreted by MSCs keep the release statements', edge: 'therapy/msc--secretes--therapy/msc-exosome', quote: 'Exosomes released from MSCs are being discovered', level: 'review', certainty: 'stated' },
  { name: '3.1 [104]: microvesicles are released by budding (general cell statement)', edge: 'therapy/msc--secretes--therapy/msc-microvesicle', quote: 'released from living or dying cells', level: 'review', certainty: 'stated', note: 'cells in general' },
  { name: '3.1 [104]: apoptotic bodies are released by budding (general cell statement)', edge: 'therapy/msc--secretes--therapy/msc-apoptotic-body', quote: 'released from living or dying cells', level: 'review', certainty: 'stated', note: 'cells in general' },
  { name: '3.1 [107]: isolation by ultracentrifugation rests on the list of methods', edge: 'therapy/msc-exosome--isolated_by--method/ultracentrifugation', quote: 'several methods available for isolating', level: 'review', certainty: 'stated' },
  { name: '3.1 [108]: MISEV2018 requirements are recorded as stated criteria', edge: 'therapy/msc-exosome--characterised_by--method/misev2018-criteria', quote: 'According to the MISEV2018 guidelines', level: 'review', certainty: 'stated', note: 'MISEV2018 guideline' },
  { name: '3.1 [105,106]: exosome cargo is stated; the hedge is about therapy', edge: 'therapy/msc-exosome--expresses--factor/cd63', quote: 'transmembrane proteins (CD63, CD9, and CD81)', level: 'review', certainty: 'stated', note: 'potential' },

  // ---- 3.4
  { name: '3.4 [130]: ExoFlo "appears to be a promising candidate" in severe COVID-19 (hedge kept)', edge: 'therapy/exoflo--improves--disease/severe-covid-19', quote: 'ExoFlo appears to be a promising candidate', level: 'clinical', certainty: 'suggested', outcome: 'positive' },
  { name: '3.4 [130]: ExoFlo regulating the cytokine storm sits in the same hedged sentence', edge: 'therapy/exoflo--acts_through--mechanism/immunomodulation', quote: 'regulate cytokine storm, and restore immunity', level: 'clinical', certainty: 'suggested', outcome: 'positive' },
  { name: '3.4 [131]: MEXCOVID lymphocyte rise has an outcome and a warning on "serum"', edge: 'therapy/ad-msc-exosome--increases--target_cell/lymphocyte', quote: 'slight increase in serum lymphocyte counts', level: 'clinical', certainty: 'stated', outcome: 'positive', warning: 'whole blood' },
  { name: '3.4 [132]: Chu et al. — the review names MSC exosomes, not umbilical-cord ones', edge: 'therapy/msc-exosome--improves--disease/covid-19-pneumonia', quote: 'safe and effective method that improved patient outcomes', level: 'clinical', certainty: 'stated', outcome: 'positive', notInvolves: ['cell_source/umbilical-cord'] },
  { name: '3.4 [132]: Chu et al. — lesions absorbed, shorter stays in mild cases', edge: 'therapy/msc-exosome--improves--disease/covid-19-pneumonia', quote: 'improved absorption of pulmonary lesions', level: 'clinical', certainty: 'stated', outcome: 'positive' },
  { name: '3.4 [130–132]: the safety summary no longer names umbilical-cord exosomes', edge: 'therapy/msc-exosome--tested_in--disease/covid-19', quote: 'demonstrated no adverse effects following administration', level: 'clinical', certainty: 'stated', outcome: 'safety_only', involves: ['therapy/exoflo', 'therapy/ad-msc-exosome'], notInvolves: ['therapy/uc-msc-exosome'] },
  { name: '3.4 [130–132]: the benefit summary no longer names umbilical-cord exosomes', edge: 'therapy/msc-exosome--improves--disease/covid-19', quote: 'the positive effects of exosomes derived from MSCs were observed', level: 'clinical', certainty: 'stated', outcome: 'positive', notInvolves: ['therapy/uc-msc-exosome'] },
];

/** Evidence that was taken off an edge because its quote does not state the claim. */
// prettier-ignore
const REMOVED_ITEMS: { name: string; edge: string; quote: string }[] = [
  { name: '3.1: "EVs include a variety of vesicles" does not say MSCs secrete EVs', edge: 'therapy/msc--secretes--therapy/msc-ev', quote: 'differ in size, content, and biogenesis' },
  { name: '3.1: the list of three EV types does not say MSCs secrete exosomes', edge: 'therapy/msc--secretes--therapy/msc-exosome', quote: 'The three main types of extracellular vesicles' },
  { name: '3.1: the list of three EV types does not say MSCs secrete microvesicles', edge: 'therapy/msc--secretes--therapy/msc-microvesicle', quote: 'The three main types of extracellular vesicles' },
  { name: '3.1: the list of three EV types does not say MSCs secrete apoptotic bodies', edge: 'therapy/msc--secretes--therapy/msc-apoptotic-body', quote: 'The three main types of extracellular vesicles' },
  ...['ultracentrifugation', 'size-exclusion-chromatography', 'polymer-based-precipitation', 'immunoaffinity-capture', 'ultrafiltration'].map((m) => ({
    name: `3.1: advice on choosing a method names no method (${m})`,
    edge: `therapy/msc-exosome--isolated_by--method/${m}`,
    quote: 'Each method has its own advantages and limitations',
  })),
  { name: '3.1: "several criteria are typically used" does not name MISEV2018', edge: 'therapy/msc-exosome--characterised_by--method/misev2018-criteria', quote: 'several criteria are typically used' },
];

/** Edges that must be gone. */
// prettier-ignore
const ABSENT: { name: string; edge: string }[] = [
  { name: '3.4 [132]: the umbilical-cord source is only in the cited title', edge: 'therapy/uc-msc-exosome--improves--disease/covid-19-pneumonia' },
];

const find = (c: Case) => evidenceOf(c.edge).find((e) => e.quote.includes(c.quote));

describe('re-read of Table 1, 3.1 and 3.4: corrected claims', () => {
  it.each(CASES)('$name', (c) => {
    expect(graph!.hasEdge(c.edge), `edge ${c.edge}`).toBe(true);
    const item = find(c);
    expect(item, `${c.edge}: an item quoting "${c.quote}"`).toBeDefined();
    if (c.level) expect(item!.level).toBe(c.level);
    if (c.certainty) expect(item!.certainty).toBe(c.certainty);
    if (c.outcome) expect(item!.outcome).toBe(c.outcome);
    if (c.with) expect(item!.with ?? []).toEqual(expect.arrayContaining(c.with));
    if (c.measured_in) expect(item!.measured_in ?? []).toEqual(expect.arrayContaining(c.measured_in));
    if (c.involves) expect(item!.involves ?? []).toEqual(expect.arrayContaining(c.involves));
    for (const id of c.notInvolves ?? []) expect(item!.involves ?? []).not.toContain(id);
    if (c.warning === false) expect(item!.warnings ?? []).toEqual([]);
    else if (c.warning) expect((item!.warnings ?? []).join(' ')).toContain(c.warning);
    if (c.note) expect(item!.notes ?? '').toContain(c.note);
  });

  it.each(REMOVED_ITEMS)('$name', ({ edge, quote }) => {
    expect(evidenceOf(edge).some((e) => e.quote.includes(quote))).toBe(false);
  });

  it.each(ABSENT)('$name', ({ edge }) => {
    expect(graph!.hasEdge(edge)).toBe(false);
  });

  it('keeps the ExoFlo trial with the safety and the benefit statements apart', () => {
    const safety = evidenceOf('therapy/exoflo--tested_in--disease/covid-19-ards');
    expect(safety.some((e) => e.quote.includes('well-tolerated'))).toBe(true);
    expect(safety.every((e) => e.outcome === 'safety_only')).toBe(true);
  });

  it('gives every item of Table 1, 3.1, 3.4 and the Figure 3 legend a certainty, and clinical items an outcome', () => {
    const items = graph!
      .edges()
      .flatMap((key) => evidenceOf(key))
      .filter((e) => ['Table 1', '3.1', '3.4', 'Figure 3'].includes(e.section));
    expect(items.length).toBeGreaterThan(90);
    for (const e of items) {
      expect(e.certainty, e.quote.slice(0, 60)).toBeDefined();
      if (e.level === 'clinical') expect(e.outcome, e.quote.slice(0, 60)).toBeDefined();
    }
    // Only the hedged ExoFlo conclusion is less than stated.
    const hedged = items.filter((e) => e.certainty !== 'stated');
    expect(hedged.length).toBe(2);
    expect(hedged.every((e) => e.quote.startsWith('ExoFlo appears'))).toBe(true);
  });
});
