/**
 * Re-read of sections 1 and 2.1, the abstract, the article highlights and the Figure 1 legend
 * (docs/audit/s1-2.1-highlights.yaml): every record changed, added or removed there is checked in the shipped
 * graph. Each row names the edge and a distinctive fragment of the quote of the evidence item that was
 * corrected, and the values that item must now carry; undoing the correction makes the row fail.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
type Certainty = string;
type Level = string;
type Outcome = string;
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

const ZIMMERMANN = 'Zimmermann et al. showed that preconditioning of MSC spheroids';
const GARCIA = 'Garcia et al. encapsulated MSCs with IFN- γ -tethered hydrogels';
const FILHO = 'Filho et al. proposed that MSC engineering using the CRISPR-Cas system';
const HIGHLIGHT = 'To optimize MSC or their secreted exosome-based therapy, a variety of strategies';
const ABSTRACT = 'We have reviewed proposed solutions for improving MSC or exosome therapy';
const FIG1_MAY = 'Additionally, MSCs may function through mitochondrial transfer';
const TRANSDIFF = 'some studies have reported the transdifferentiation potential of MSCs';
const TF = 'the expression of the highly procoagulant tissue factor (TF/CD142)';
const SECRETED = 'MSCs can secrete some cytokines, chemokines, and growth factors';
const CONTACT = 'MSCs can exert immunomodulatory paracrine factors and direct cell-cell contact';
const ADULT = 'MSCs, as adult stem cells, can be isolated from different types of human tissues';
const LICENSE = 'they are signals that license MSCs';

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

  // ---- 2.1 sources: perinatal and fetal tissue filed under adult stem cells
  { edge: 'cell_source/whartons-jelly--source_of--therapy/wj-msc', fragment: ADULT, section: '2.1', level: 'review', certainty: 'stated', warning: 'adult stem cells' },
  { edge: 'cell_source/umbilical-cord--source_of--therapy/uc-msc', fragment: ADULT, section: '2.1', level: 'review', certainty: 'stated', warning: 'adult stem cells' },
  { edge: 'cell_source/placenta--source_of--therapy/placenta-msc', fragment: ADULT, section: '2.1', level: 'review', certainty: 'stated', warning: 'adult stem cells' },
  { edge: 'cell_source/fetal-neonatal-tissue--source_of--therapy/fetal-msc', fragment: ADULT, section: '2.1', level: 'review', certainty: 'stated', warning: 'adult stem cells' },

  // ---- 2.1 hedges
  { edge: 'therapy/msc--differentiates_into--target_cell/neuroblast', fragment: TRANSDIFF, section: '2.1', level: 'review', certainty: 'suggested' },
  { edge: 'therapy/msc--differentiates_into--target_cell/neuroblast', fragment: 'can produce not only mesodermal lineage cells', section: '2.1', level: 'review', certainty: 'stated' },
  { edge: 'therapy/msc--acts_through--mechanism/transdifferentiation', fragment: TRANSDIFF, section: '2.1', level: 'review', certainty: 'suggested' },
  { edge: 'therapy/msc--expresses--factor/tissue-factor', fragment: TF, section: '2.1', level: 'review', certainty: 'suggested' },
  { edge: 'challenge/thromboembolism--limits--therapy/msc', fragment: TF, section: '2.1', level: 'review', certainty: 'suggested' },
  { edge: 'mechanism/differentiation--inhibits--mechanism/low-immunogenicity', fragment: 'may cause them to lose their low immunogenicity', section: '2.1', level: 'review', certainty: 'suggested' },
  { edge: 'strategy/preconditioning--increases--mechanism/immunomodulation', fragment: 'has attracted much attention', section: '2.1', level: 'review', certainty: 'proposed' },
  { edge: 'strategy/genetic-modification--increases--mechanism/immunomodulation', fragment: 'has attracted much attention', section: '2.1', level: 'review', certainty: 'proposed' },
  { edge: 'strategy/crispr-cas-engineering--enhances--therapy/msc', fragment: FILHO, section: '2.1', level: 'review', certainty: 'proposed' },
  { edge: 'strategy/crispr-cas-engineering--increases--mechanism/paracrine-secretion', fragment: FILHO, section: '2.1', level: 'review', certainty: 'proposed' },
  { edge: 'strategy/crispr-cas-engineering--increases--mechanism/homing', fragment: FILHO, section: '2.1', level: 'review', certainty: 'proposed' },

  // ---- 2.1 IFN-γ and TNF-α listed as MSC immunosuppressive secretions
  { edge: 'therapy/msc--secretes--factor/ifn-g', fragment: SECRETED, section: '2.1', level: 'review', certainty: 'stated', warning: LICENSE },
  { edge: 'factor/ifn-g--mediates--mechanism/immunomodulation', fragment: SECRETED, section: '2.1', level: 'review', certainty: 'stated', warning: LICENSE },
  { edge: 'therapy/msc--secretes--factor/tnf-a', fragment: SECRETED, section: '2.1', level: 'review', certainty: 'stated', warning: LICENSE },
  { edge: 'factor/tnf-a--mediates--mechanism/immunomodulation', fragment: SECRETED, section: '2.1', level: 'review', certainty: 'stated', warning: LICENSE },

  // ---- 2.1 added: the two routes of MSC immunomodulation
  { edge: 'mechanism/paracrine-secretion--mediates--mechanism/immunomodulation', fragment: CONTACT, section: '2.1', level: 'review', certainty: 'stated' },
  { edge: 'mechanism/cell-cell-contact--mediates--mechanism/immunomodulation', fragment: CONTACT, section: '2.1', level: 'review', certainty: 'stated' },

  // ---- Zimmermann [34]: primed with IFN-γ and TNF-α; the TNF-α that fell came from macrophages
  { edge: 'strategy/ifn-g-preconditioning--increases--factor/pge2', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },
  { edge: 'strategy/ifn-g-preconditioning--increases--factor/ido', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },
  { edge: 'strategy/ifn-g-preconditioning--increases--factor/il-6', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },
  { edge: 'strategy/ifn-g-preconditioning--inhibits--factor/tnf-a', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'], measured_in: ['target_cell/macrophage'] },
  { edge: 'strategy/ifn-g-preconditioning--acts_on--target_cell/macrophage', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },
  { edge: 'strategy/ifn-g-preconditioning--increases--mechanism/immunomodulation', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },
  { edge: 'strategy/ifn-g-preconditioning--enhances--therapy/msc', fragment: ZIMMERMANN, section: '2.1', level: 'in_vitro', certainty: 'stated', with: ['factor/tnf-a'] },

  // ---- Garcia [35]: culture read-outs in vitro, healing of colonic mucosal wounds in mice
  { edge: 'strategy/ifn-g-tethered-hydrogel--increases--factor/ido', fragment: GARCIA, section: '2.1', level: 'in_vitro', certainty: 'stated' },
  { edge: 'strategy/ifn-g-tethered-hydrogel--increases--factor/pd-l1', fragment: GARCIA, section: '2.1', level: 'in_vitro', certainty: 'stated' },
  { edge: 'strategy/ifn-g-tethered-hydrogel--inhibits--target_cell/t-cell', fragment: GARCIA, section: '2.1', level: 'in_vitro', certainty: 'stated' },
  { edge: 'strategy/ifn-g-tethered-hydrogel--increases--mechanism/immunomodulation', fragment: GARCIA, section: '2.1', level: 'in_vitro', certainty: 'stated' },
  { edge: 'strategy/ifn-g-tethered-hydrogel--enhances--therapy/msc', fragment: GARCIA, section: '2.1', level: 'animal', certainty: 'stated', species: 'mouse' },
  { edge: 'strategy/ifn-g-tethered-hydrogel--improves--disease/wound', fragment: GARCIA, section: '2.1', level: 'animal', certainty: 'stated', species: 'mouse', outcome: 'positive' },
];

/** Records removed or renamed by the re-read. */
const ABSENT = ['strategy/ifn-g-tethered-hydrogel--improves--disease/skin-wound'];

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

  it.each(ABSENT)('%s is gone', (key) => {
    expect(graph!.hasEdge(key)).toBe(false);
  });

  it('names a wound of unnamed site, not a skin wound, for the IFN-γ-tethered hydrogel study [35]', () => {
    const wounds = graph!
      .outEdges('strategy/ifn-g-tethered-hydrogel')
      .filter((k) => graph!.target(k).startsWith('disease/'))
      .map((k) => graph!.target(k));
    expect(wounds).toEqual(['disease/wound']);
    expect(graph!.getNodeAttributes('disease/skin-wound').broader).toBe('disease/wound');
  });

  it('keeps no item of the highlight that lists the strategies without saying what they enhance', () => {
    const listed = graph!
      .edges()
      .flatMap((k) => itemsOf(k))
      .filter((e) => e.section === 'Highlights' && e.quote.startsWith('These strategies include'));
    expect(listed).toEqual([]);
  });
});
