/**
 * Re-read of sections 3.2 (with the limitations and EV-yield paragraph printed at the end of 3.3) and 4
 * (expert opinion): every record changed, removed or added in docs/audit/s3.2-4.yaml, checked in the shipped
 * graph. Each case names the edge, a distinctive fragment of the quote, and what the item must (or must not)
 * carry, so that undoing the correction fails the case.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

const evidenceOf = (key: string): EvidenceItem[] =>
  graph!.hasEdge(key) ? (graph!.getEdgeAttributes(key) as RelationAttributes).evidence : [];

interface Present {
  name: string;
  edge: string;
  /** A distinctive fragment of the quote the item must carry. */
  quote: string;
  section?: string;
  level?: EvidenceItem['level'];
  certainty?: EvidenceItem['certainty'];
  measured_in?: string[];
  with?: string[];
  /** A fragment that one of the item's warnings must contain. */
  warning?: string;
}

interface Moved {
  name: string;
  edge: string;
  /** A fragment of a quote that must no longer sit on this edge. */
  quote: string;
}

// prettier-ignore
const PRESENT: Present[] = [
  // ---- 3.2: properties of MSC exosomes [109]
  { name: 'homing sentence carries a warning on the garbled comparison with MSCs', edge: 'therapy/msc-exosome--acts_through--mechanism/homing', quote: 'migrate to injured tissues such as MSCs', section: '3.2', level: 'review', certainty: 'stated', warning: 'such as MSCs' },
  { name: 'BBB sentence carries the same warning', edge: 'therapy/msc-exosome--acts_through--mechanism/bbb-crossing', quote: 'penetrate tight tissues like the blood-brain barrier', section: '3.2', level: 'review', certainty: 'stated', warning: 'such as MSCs' },
  { name: 'malignant transformation: the exosome advantage is hedged ("appears")', edge: 'challenge/malignant-transformation--limits--therapy/msc', quote: 'appears to have some advantages', section: '3.2', level: 'review', certainty: 'suggested' },
  { name: 'immune rejection: hedged', edge: 'challenge/immune-rejection--limits--therapy/msc', quote: 'appears to have some advantages', section: '3.2', level: 'review', certainty: 'suggested' },
  { name: 'infusion toxicity: hedged', edge: 'challenge/infusion-toxicity--limits--therapy/msc', quote: 'appears to have some advantages', section: '3.2', level: 'review', certainty: 'suggested' },
  // ---- 3.2: Rong et al. [110]
  { name: 'Rong: exosomes damp the Wnt/β-catenin pathway in stellate cells (added)', edge: 'therapy/bm-msc-exosome--inhibits--factor/wnt-beta-catenin', quote: 'through the Wnt/ β -catenin pathway', section: '3.2', level: 'animal', certainty: 'stated', measured_in: ['target_cell/hepatic-stellate-cell'] },
  { name: 'Rong: Wnt/β-catenin in liver fibrosis is background, review level', edge: 'factor/wnt-beta-catenin--involved_in--disease/liver-fibrosis', quote: 'which is responsible for liver fibrosis', section: '3.2', level: 'review', certainty: 'stated' },
  { name: 'Rong: stellate cells in liver fibrosis is background, review level', edge: 'target_cell/hepatic-stellate-cell--involved_in--disease/liver-fibrosis', quote: 'which is responsible for liver fibrosis', section: '3.2', level: 'review', certainty: 'stated' },
  // ---- 3.2: Reza-Zaldivar et al. [111]
  { name: 'Alzheimer mouse: exosomes increase neurogenesis (was acts_through)', edge: 'therapy/msc-exosome--increases--mechanism/neurogenesis', quote: 'promote neurogenesis and improve cognitive function', section: '3.2', level: 'animal', certainty: 'stated' },
  { name: 'Alzheimer mouse: the marker sentence moved with the edge', edge: 'therapy/msc-exosome--increases--mechanism/neurogenesis', quote: 'increased levels of doublecortin', section: '3.2', level: 'animal', certainty: 'stated' },
  // ---- 3.2: Zhang et al. [112]
  { name: 'diabetic osteoporosis: NLRP3 fell in osteoclasts', edge: 'therapy/msc-exosome--inhibits--factor/nlrp3', quote: 'suppressed NLRP3 inflammasome activation in osteoclasts', section: '3.2', level: 'animal', certainty: 'stated', measured_in: ['target_cell/osteoclast'] },
  // ---- 3.2: Wang et al. [113]
  { name: 'UC-MSC EVs raised elastin in dermal fibroblasts', edge: 'therapy/uc-msc-ev--increases--factor/elastin', quote: 'upregulate the expression of elastin', section: '3.2', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/dermal-fibroblast'] },
  { name: 'UC-MSC EVs raised collagen in dermal fibroblasts', edge: 'therapy/uc-msc-ev--increases--factor/collagen', quote: 'upregulate the expression of elastin', section: '3.2', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/dermal-fibroblast'] },
  { name: 'UC-MSC EVs raised fibronectin in dermal fibroblasts', edge: 'therapy/uc-msc-ev--increases--factor/fibronectin', quote: 'upregulate the expression of elastin', section: '3.2', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/dermal-fibroblast'] },
  { name: 'UC-MSC EVs lowered MMP-1 in dermal fibroblasts', edge: 'therapy/uc-msc-ev--inhibits--factor/mmp-1', quote: 'downregulate matrix metalloproteinases-1', section: '3.2', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/dermal-fibroblast'] },
  { name: 'UC-MSC EVs lowered MMP-3 in dermal fibroblasts', edge: 'therapy/uc-msc-ev--inhibits--factor/mmp-3', quote: 'downregulate matrix metalloproteinases-1', section: '3.2', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/dermal-fibroblast'] },
  { name: 'ultrasonication still raises the EV yield', edge: 'method/msc-ultrasonication--enhances--therapy/uc-msc-ev', quote: 'extract a higher yield of EVs', section: '3.2', level: 'in_vitro', certainty: 'stated' },
  // ---- 3.2: exosomes as drug carriers [109]
  { name: 'carrier sentence moved to exosome uptake, as a use under consideration', edge: 'therapy/msc-exosome--acts_through--mechanism/cellular-uptake', quote: 'considered as nanoparticle carriers', section: '3.2', level: 'review', certainty: 'proposed' },
  { name: 'advantages sentence stays on exosome uptake', edge: 'therapy/msc-exosome--acts_through--mechanism/cellular-uptake', quote: 'intrinsic delivery mechanism, fusion', section: '3.2', level: 'review', certainty: 'stated' },
  { name: 'durability of exosome carriers (added)', edge: 'therapy/msc-exosome--acts_through--mechanism/long-half-life', quote: 'biocompatibility and durability', section: '3.2', level: 'review', certainty: 'stated' },
  // ---- end of 3.3: ways of raising EV production [129]
  { name: 'the fragmentation techniques stay on their own edges', edge: 'method/low-frequency-ultrasound--enhances--therapy/msc-ev', quote: 'low-frequency ultrasound and nitrogen cavitation', section: '3.3', level: 'review', certainty: 'stated' },
  { name: 'fragmentation itself raises EV production', edge: 'strategy/cell-fragmentation--enhances--therapy/msc-ev', quote: 'fragmenting cells to create biomimetic vesicles', section: '3.3', level: 'review', certainty: 'stated' },
  { name: 'methods developed to raise EV production address low yield', edge: 'strategy/yield-enhancement--addresses--challenge/low-yield', quote: 'several methods have been developed to increase the production of EVs', section: '3.3', level: 'review', certainty: 'stated' },
  // ---- 4: expert opinion (no references)
  { name: 'exosomes for lung disease by inhalation is a prospect', edge: 'therapy/msc-exosome--improves--disease/lung-disease', quote: 'may serve as a viable alternative to MSCs', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'cost: the therapy is affirmed to be costly', edge: 'challenge/cost--limits--therapy/msc', quote: 'can indeed be costly', section: '4', level: 'review', certainty: 'stated' },
  { name: 'guidelines missing (MSCs): stated', edge: 'challenge/lack-of-guidelines--limits--therapy/msc', quote: 'absence of established guidelines', section: '4', level: 'review', certainty: 'stated' },
  { name: 'guidelines (MSCs): well-organised studies may yield them, a proposal', edge: 'challenge/lack-of-guidelines--limits--therapy/msc', quote: 'series of well-organized studies', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'guidelines (MSCs): crucial to develop them, a recommendation', edge: 'challenge/lack-of-guidelines--limits--therapy/msc', quote: 'crucial to develop proper guidelines', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'guidelines (exosomes): well-organised studies, a proposal', edge: 'challenge/lack-of-guidelines--limits--therapy/msc-exosome', quote: 'series of well-organized studies', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'guidelines (exosomes): crucial to develop them, a recommendation', edge: 'challenge/lack-of-guidelines--limits--therapy/msc-exosome', quote: 'crucial to develop proper guidelines', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'remedies for poor comparability sit on the reproducibility edge, as proposals', edge: 'challenge/reproducibility--limits--therapy/msc', quote: 'To overcome these challenges', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'yield methods show promise: hedged', edge: 'strategy/yield-enhancement--addresses--challenge/low-yield', quote: 'show promise for increasing exosome production', section: '4', level: 'review', certainty: 'suggested' },
  { name: 'yield methods developed against low yield: stated', edge: 'strategy/yield-enhancement--addresses--challenge/low-yield', quote: 'several methods have been developed to increase exosome production', section: '4', level: 'review', certainty: 'stated' },
  { name: 'what better yield may achieve is a prospect', edge: 'strategy/yield-enhancement--enhances--therapy/msc-exosome', quote: 'Achieving this may enable', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'regulation: harmonising the rules is a recommendation', edge: 'challenge/regulation--limits--therapy/msc', quote: 'harmonized across different countries', section: '4', level: 'review', certainty: 'proposed' },
  { name: 'regulation: strict rules are stated', edge: 'challenge/regulation--limits--therapy/msc', quote: 'regulatory agencies have strict guidelines', section: '4', level: 'review', certainty: 'stated' },
];

// prettier-ignore
const MOVED: Moved[] = [
  { name: 'regeneration: the lead-in sentence names no property', edge: 'therapy/msc-exosome--acts_through--mechanism/tissue-regeneration', quote: 'possess unique properties that make them a suitable candidate' },
  { name: 'regeneration: the sentence on studies in general names no regeneration', edge: 'therapy/msc-exosome--acts_through--mechanism/tissue-regeneration', quote: 'a wide range of studies have focused' },
  { name: 'ultrasonication: unchanged vesicle properties are no enhancement', edge: 'method/msc-ultrasonication--enhances--therapy/uc-msc-ev', quote: 'demonstrate similar properties' },
  { name: 'cargo loading: the carrier sentence does not say loading improves exosomes', edge: 'strategy/cargo-loading--enhances--therapy/msc-exosome', quote: 'considered as nanoparticle carriers' },
  { name: 'cargo loading: the advantages sentence does not either', edge: 'strategy/cargo-loading--enhances--therapy/msc-exosome', quote: 'advantages of using exosomes over synthetic nanoparticles' },
  { name: 'yield enhancement: a classification is no claim about yield', edge: 'strategy/yield-enhancement--addresses--challenge/low-yield', quote: 'classified into three main categories' },
  { name: 'fragmentation: which techniques achieve it is not a yield claim', edge: 'strategy/cell-fragmentation--enhances--therapy/msc-ev', quote: 'low-frequency ultrasound and nitrogen cavitation' },
  { name: 'cost: fewer conventional drugs argues against the cost concern', edge: 'challenge/cost--limits--therapy/msc', quote: 'decrease the need for conventional drugs' },
  { name: 'guidelines: the remedies sentence answers the reproducibility problem', edge: 'challenge/lack-of-guidelines--limits--therapy/msc', quote: 'To overcome these challenges' },
];

/** Edges that must not exist after the re-read. */
// prettier-ignore
const ABSENT: { name: string; edge: string }[] = [
  { name: 'neurogenesis was promoted, not a mode of action', edge: 'therapy/msc-exosome--acts_through--mechanism/neurogenesis' },
];

describe('re-read of sections 3.2 and 4: corrected evidence', () => {
  it.each(PRESENT)('$name', (c) => {
    expect(graph!.hasEdge(c.edge), `edge ${c.edge}`).toBe(true);
    const items = evidenceOf(c.edge).filter(
      (e) => e.quote.includes(c.quote) && (c.section === undefined || e.section === c.section),
    );
    expect(items.length, `${c.edge}: an item quoting "${c.quote}"`).toBe(1);
    const item = items[0]!;
    if (c.level) expect(item.level).toBe(c.level);
    if (c.certainty) expect(item.certainty).toBe(c.certainty);
    if (c.measured_in) expect(item.measured_in ?? []).toEqual(expect.arrayContaining(c.measured_in));
    if (c.with) expect(item.with ?? []).toEqual(expect.arrayContaining(c.with));
    if (c.warning) expect((item.warnings ?? []).some((w) => w.includes(c.warning!))).toBe(true);
  });
});

describe('re-read of sections 3.2 and 4: evidence that no longer supports an edge', () => {
  it.each(MOVED)('$name', (c) => {
    expect(evidenceOf(c.edge).some((e) => e.quote.includes(c.quote))).toBe(false);
  });

  it.each(ABSENT)('$name', (c) => {
    expect(graph!.hasEdge(c.edge)).toBe(false);
  });

  it('keeps the properties sentence as the only support for regeneration from section 3.2', () => {
    const items = evidenceOf('therapy/msc-exosome--acts_through--mechanism/tissue-regeneration').filter(
      (e) => e.section === '3.2',
    );
    expect(items.map((e) => e.quote)).toEqual([
      'These properties include the capacity for regeneration, immunomodulation, and even anti-tumor effects.',
    ]);
  });
});

describe('re-read of sections 3.2 and 4: every item says how certain the review is', () => {
  const files = ['3.2-exosome-applications.yaml', '4-expert-opinion.yaml'];
  it.each(files)('%s', (file) => {
    const records = parse(readFileSync(resolve('graph-data/relations', file), 'utf8')) as {
      evidence: { certainty?: string }[];
    }[];
    const items = records.flatMap((r) => r.evidence);
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) expect(['stated', 'suggested', 'proposed', 'contradicted']).toContain(e.certainty);
  });
});
