/**
 * Re-read of section 2.2, the opening of section 2.3 and the Figure 2 legend (audit: docs/audit/s2.2-2.3.yaml).
 *
 * Every record the re-read changed, removed or added is checked against the shipped graph: the evidence item is
 * found by its section and a distinctive fragment of its quote, and must carry the level, certainty, `with`,
 * `measured_in` and outcome set by the re-read. A second table checks that quotes moved away, and edges dropped,
 * are gone.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
type Certainty = string;
type Level = string;
type Outcome = string;
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

interface Present {
  name: string;
  edge: string;
  section: string;
  /** A distinctive fragment of the quote. */
  quote: string;
  level: Level;
  certainty: Certainty;
  refs?: number[];
  species?: string;
  with?: string[];
  measured_in?: string[];
  /** `null`: the item must carry no outcome. */
  outcome?: Outcome | null;
}

interface Absent {
  name: string;
  edge: string;
  /** Without a quote the whole edge must be absent; with one, no item of that section may carry it. */
  section?: string;
  quote?: string;
}

const itemsOf = (edge: string): EvidenceItem[] =>
  graph!.hasEdge(edge) ? (graph!.getEdgeAttributes(edge) as RelationAttributes).evidence : [];
const find = (edge: string, section: string, fragment: string) =>
  itemsOf(edge).filter((e) => e.section === section && e.quote.includes(fragment));

const LI = 'Li et al. showed an increased immunomodulatory effect';
const CD200 = 'can increase in CD200 expression';
const ROUTES = 'Several mechanisms have been suggested for the transfer';
const JIANG = "Jiang's study showed that MSCs could transfer";
const RACKHAM = 'Rackham et al. demonstrated that MSCs can donate';
const MORI = 'Mori et al. confirmed the transfer';
const MITO = 'By staining EVs isolated from MSCs with a MitoTracker dye';
const VASC = 'have been suggested to play a key role in vascular regeneration';
const PEMF = 'exhibited the potential to induce the differentiation of MSCs into chondrocytes';
const CYTO = 'MSCs secrete various factors and cytokines';
const LIPID = 'surrounded and protected by the two layers of lipid molecules';
const ALT = 'They are considered an alternative to MSC-based therapy';
const ENDO = 'Exosomes are small EVs that are produced through the endocytic process';
const AIM = 'To this end, a wide range of strategies have been applied';
const USED =
  'have been used in vitro, in experimental animal models, and in clinical trials as non-engineered MSCs';
const OPENING = 'Despite the numerous advantages of MSCs, their clinical application';
const HETERO = 'The most important challenge related to preparing MSCs is their inherent heterogeneity';
const BIOPRINT = 'MSCs can be applied to scaffolds to create artificial tissues';
const GM = 'Genetically modified MSCs, which overexpress certain biomolecules, may increase';

// prettier-ignore
const PRESENT: Present[] = [
  // Li et al. [42]: contact with proinflammatory macrophages
  { name: 'Li [42]: stronger immunomodulation in mouse abortion models, no disease outcome', edge: 'therapy/msc--acts_through--mechanism/immunomodulation', section: '2.2', quote: LI, level: 'animal', certainty: 'stated', refs: [42], species: 'mouse', outcome: null },
  { name: 'Li [42]: CD200 rises on the MSCs', edge: 'target_cell/m1-macrophage--increases--factor/cd200', section: '2.2', quote: CD200, level: 'animal', certainty: 'stated', measured_in: ['therapy/msc'] },
  { name: 'Li [42]: CD200 shifts the macrophages', edge: 'factor/cd200--mediates--mechanism/macrophage-polarisation', section: '2.2', quote: CD200, level: 'animal', certainty: 'stated', measured_in: ['target_cell/m1-macrophage'] },
  { name: 'Li [42]: MSCs polarise the macrophages', edge: 'therapy/msc--acts_through--mechanism/macrophage-polarisation', section: '2.2', quote: CD200, level: 'animal', certainty: 'stated', measured_in: ['target_cell/m1-macrophage'] },

  // Mitochondrial transfer [43–45]
  { name: 'transfer is a proposed mechanism', edge: 'therapy/msc--acts_through--mechanism/mitochondrial-transfer', section: '2.2', quote: 'Another proposed mechanism', level: 'review', certainty: 'suggested' },
  { name: 'routes of transfer are suggested [43] (MSC edge)', edge: 'therapy/msc--acts_through--mechanism/mitochondrial-transfer', section: '2.2', quote: ROUTES, level: 'review', certainty: 'suggested', refs: [43] },
  { name: 'suggested route: contact', edge: 'mechanism/cell-cell-contact--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: ROUTES, level: 'review', certainty: 'suggested' },
  { name: 'suggested route: fusion', edge: 'mechanism/cell-fusion--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: ROUTES, level: 'review', certainty: 'suggested' },
  { name: 'suggested route: microvesicles', edge: 'therapy/msc-microvesicle--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: ROUTES, level: 'review', certainty: 'suggested' },
  { name: 'suggested route: nanotubes', edge: 'mechanism/tunneling-nanotubes--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: ROUTES, level: 'review', certainty: 'suggested' },
  { name: 'Jiang [44]: nanotubes shown (stated)', edge: 'mechanism/tunneling-nanotubes--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: JIANG, level: 'in_vitro', certainty: 'stated', refs: [44] },
  { name: 'Rackham [45]: nanotube-like structures shown (stated)', edge: 'mechanism/tunneling-nanotubes--mediates--mechanism/mitochondrial-transfer', section: '2.2', quote: RACKHAM, level: 'in_vitro', certainty: 'stated', refs: [45] },
  { name: 'Jiang [44]: protection measured in corneal epithelial cells', edge: 'mechanism/mitochondrial-transfer--increases--mechanism/mitochondrial-protection', section: '2.2', quote: JIANG, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/corneal-epithelial-cell'] },
  { name: 'Mori [43]: transfer found in infarcted cardiomyocytes', edge: 'mechanism/mitochondrial-transfer--involved_in--disease/myocardial-infarction', section: '2.2', quote: MORI, level: 'animal', certainty: 'stated', species: 'rat', measured_in: ['target_cell/cardiomyocyte'] },

  // Morrison et al. [46]
  { name: 'Morrison [46]: anti-inflammatory phenotype of the treated macrophages', edge: 'therapy/msc-ev--increases--mechanism/macrophage-polarisation', section: '2.2', quote: MITO, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/alveolar-macrophage'] },
  { name: 'Morrison [46]: oxidative metabolism is only the likely reason', edge: 'therapy/msc-ev--increases--mechanism/oxidative-phosphorylation', section: '2.2', quote: MITO, level: 'in_vitro', certainty: 'suggested', measured_in: ['target_cell/alveolar-macrophage'] },
  { name: 'Morrison [46]: oxidative metabolism behind the polarisation (likely)', edge: 'mechanism/oxidative-phosphorylation--mediates--mechanism/macrophage-polarisation', section: '2.2', quote: MITO, level: 'in_vitro', certainty: 'suggested', measured_in: ['target_cell/alveolar-macrophage'] },
  { name: 'Morrison [46]: lung benefit came through EV-treated macrophages', edge: 'therapy/msc-ev--improves--disease/acute-lung-injury', section: '2.2', quote: MITO, level: 'animal', certainty: 'stated', species: 'mouse', with: ['target_cell/alveolar-macrophage'], outcome: 'positive' },

  // Kim et al. [47]: pro-angiogenic factors, hedged
  { name: 'VEGF suggested to act in vascular regeneration [47]', edge: 'factor/vegf--mediates--mechanism/angiogenesis', section: '2.2', quote: VASC, level: 'review', certainty: 'suggested', refs: [47] },
  { name: 'MCP-1 suggested to act in vascular regeneration [47]', edge: 'factor/mcp-1--mediates--mechanism/angiogenesis', section: '2.2', quote: VASC, level: 'review', certainty: 'suggested', refs: [47] },
  { name: 'IL-8 suggested to act in vascular regeneration [47]', edge: 'factor/il-8--mediates--mechanism/angiogenesis', section: '2.2', quote: VASC, level: 'review', certainty: 'suggested', refs: [47] },
  { name: 'angiogenin suggested to act in vascular regeneration [47]', edge: 'factor/angiogenin--mediates--mechanism/angiogenesis', section: '2.2', quote: VASC, level: 'review', certainty: 'suggested', refs: [47] },
  { name: 'MSCs act on vessel regeneration (suggested) [47]', edge: 'therapy/msc--acts_through--mechanism/angiogenesis', section: '2.2', quote: VASC, level: 'review', certainty: 'suggested', refs: [47] },

  // Parate et al. [54]: only a potential
  { name: 'Parate [54]: PEMF enhances MSCs (potential only)', edge: 'strategy/pemf-exposure--enhances--therapy/msc', section: '2.2', quote: PEMF, level: 'in_vitro', certainty: 'suggested', refs: [54] },
  { name: 'Parate [54]: PEMF raises paracrine activity (potential only)', edge: 'strategy/pemf-exposure--increases--mechanism/paracrine-secretion', section: '2.2', quote: PEMF, level: 'in_vitro', certainty: 'suggested' },
  { name: 'Parate [54]: PEMF medium and chondrogenesis (potential only)', edge: 'strategy/pemf-exposure--increases--mechanism/chondrogenesis', section: '2.2', quote: PEMF, level: 'in_vitro', certainty: 'suggested' },
  { name: 'Parate [54]: MSCs into chondrocytes (potential only)', edge: 'therapy/msc--differentiates_into--target_cell/chondrocyte', section: '2.2', quote: PEMF, level: 'in_vitro', certainty: 'suggested' },

  // Added: secreted cytokines and their effects
  { name: 'MSCs secrete cytokines', edge: 'therapy/msc--secretes--factor/cytokines', section: '2.2', quote: CYTO, level: 'review', certainty: 'stated', refs: [] },
  { name: 'cytokines carry immunomodulation', edge: 'factor/cytokines--mediates--mechanism/immunomodulation', section: '2.2', quote: CYTO, level: 'review', certainty: 'stated' },
  { name: 'cytokines carry anti-apoptosis', edge: 'factor/cytokines--mediates--mechanism/anti-apoptosis', section: '2.2', quote: CYTO, level: 'review', certainty: 'stated' },
  { name: 'cytokines carry anti-inflammation', edge: 'factor/cytokines--mediates--mechanism/anti-inflammation', section: '2.2', quote: CYTO, level: 'review', certainty: 'stated' },

  // Exosome paragraph [55,59]
  { name: 'exosomes are made via the endocytic route (stays on secretes)', edge: 'therapy/msc--secretes--therapy/msc-exosome', section: '2.2', quote: ENDO, level: 'review', certainty: 'stated' },
  { name: 'exosome cargo sits inside a lipid bilayer [55]', edge: 'therapy/msc-exosome--expresses--factor/lipid-bilayer', section: '2.2', quote: LIPID, level: 'review', certainty: 'stated', refs: [55] },
  { name: 'exosomes regarded as a cell-free alternative [55,59]', edge: 'therapy/msc-exosome--acts_through--mechanism/tissue-regeneration', section: '2.2', quote: ALT, level: 'review', certainty: 'suggested', refs: [55, 59] },

  // 2.3 opening
  { name: '2.3: heterogeneity sentence remains', edge: 'challenge/heterogeneity--limits--therapy/msc', section: '2.3', quote: HETERO, level: 'review', certainty: 'stated' },
  { name: '2.3: strategies applied with the aim of enhancing MSCs (preconditioning)', edge: 'strategy/preconditioning--enhances--therapy/msc', section: '2.3', quote: AIM, level: 'review', certainty: 'proposed' },
  { name: '2.3: strategies applied with the aim of enhancing MSCs (genetic modification)', edge: 'strategy/genetic-modification--enhances--therapy/msc', section: '2.3', quote: AIM, level: 'review', certainty: 'proposed' },
  { name: '2.3: strategies applied with the aim of enhancing MSCs (encapsulation)', edge: 'strategy/encapsulation--enhances--therapy/msc', section: '2.3', quote: AIM, level: 'review', certainty: 'proposed' },

  // Figure 2 legend
  { name: 'Figure 2: engineered MSCs may increase the effect', edge: 'strategy/genetic-modification--enhances--therapy/msc', section: 'Figure 2', quote: GM, level: 'review', certainty: 'suggested' },
];

// prettier-ignore
const ABSENT: Absent[] = [
  { name: 'Li [42] gives no disease outcome: MSCs do not "improve" abortion', edge: 'therapy/msc--improves--disease/abortion' },
  { name: 'the lipid-bilayer sentence says nothing about secretion', edge: 'therapy/msc--secretes--therapy/msc-exosome', section: '2.2', quote: LIPID },
  { name: 'the cell-free-alternative sentence says nothing about secretion', edge: 'therapy/msc--secretes--therapy/msc-exosome', section: '2.2', quote: ALT },
  { name: '2.3: the generic opening sentence is not evidence for heterogeneity', edge: 'challenge/heterogeneity--limits--therapy/msc', section: '2.3', quote: OPENING },
  { name: '2.3: listing pre-conditioned MSCs among uses is no enhancement', edge: 'strategy/preconditioning--enhances--therapy/msc', section: '2.3', quote: USED },
  { name: '2.3: listing engineered MSCs among uses is no enhancement', edge: 'strategy/genetic-modification--enhances--therapy/msc', section: '2.3', quote: USED },
  { name: '2.3: listing encapsulated MSCs among uses is no enhancement', edge: 'strategy/encapsulation--enhances--therapy/msc', section: '2.3', quote: USED },
  { name: 'Figure 2: applying MSCs to bioprinted scaffolds is a use, not an enhancement', edge: 'strategy/bioprinting--enhances--therapy/msc', section: 'Figure 2', quote: BIOPRINT },
];

describe('re-read of 2.2, 2.3 and the Figure 2 legend', () => {
  it('loads the graph', () => {
    expect(graph).toBeDefined();
  });

  it.each(PRESENT)('$name', (c) => {
    expect(graph!.hasEdge(c.edge), `edge ${c.edge}`).toBe(true);
    const found = find(c.edge, c.section, c.quote);
    expect(found, `${c.edge}: one item of section ${c.section} quoting "${c.quote}"`).toHaveLength(1);
    const e = found[0]!;
    expect(e.level).toBe(c.level);
    expect(e.certainty).toBe(c.certainty);
    if (c.refs) expect(e.refs).toEqual(c.refs);
    if (c.species) expect(e.species).toBe(c.species);
    if (c.with) expect(e.with).toEqual(c.with);
    if (c.measured_in) expect(e.measured_in).toEqual(c.measured_in);
    if (c.outcome === null) expect(e.outcome).toBeUndefined();
    else if (c.outcome) expect(e.outcome).toBe(c.outcome);
  });

  it.each(ABSENT)('$name', (c) => {
    if (c.quote === undefined) expect(graph!.hasEdge(c.edge), c.edge).toBe(false);
    else expect(find(c.edge, c.section!, c.quote)).toEqual([]);
  });

  it('gives every item of sections 2.2, 2.3 and Figure 2 a certainty', () => {
    const sections = new Set(['2.2', '2.3', 'Figure 2']);
    const missing = graph!
      .edges()
      .flatMap((key) => itemsOf(key).map((e) => ({ key, e })))
      .filter(({ e }) => sections.has(e.section) && e.certainty === undefined)
      .map(({ key, e }) => `${key}: ${e.quote.slice(0, 60)}`);
    expect(missing).toEqual([]);
  });

  it('has the new lipid bilayer entity', () => {
    expect(graph!.hasNode('factor/lipid-bilayer')).toBe(true);
    expect(graph!.getNodeAttribute('factor/lipid-bilayer', 'label')).toBe('Lipid bilayer');
  });
});
