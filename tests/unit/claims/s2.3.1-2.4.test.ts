/**
 * Re-read of sections 2.3.1 and 2.4 (docs/audit/s2.3.1-2.4.yaml): every record that was changed, removed or
 * added, checked against the shipped graph. Each case finds its evidence item by a distinctive fragment of the
 * quote (section 2.3.1 or 2.4 only, so items merged in from other files do not count) and checks the field the
 * re-read set. Undoing a correction makes its case fail.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
type Certainty = string;
type Level = string;
import type { EvidenceItem, RelationAttributes } from '../../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

const SECTIONS = new Set(['2.3.1', '2.4']);

const itemsOf = (key: string): EvidenceItem[] =>
  graph!.hasEdge(key)
    ? (graph!.getEdgeAttributes(key) as RelationAttributes).evidence.filter((e) => SECTIONS.has(e.section))
    : [];

interface Present {
  name: string;
  edge: string;
  /** A distinctive fragment of the quote of the item the case is about. */
  fragment: string;
  level?: Level;
  certainty?: Certainty;
  refs?: number[];
  with?: string[];
  measured_in?: string[];
}

// The aim-only sentence on preconditioning strategies (no result reported in it).
const PURPOSE = 'have been introduced to enhance the therapeutic potential of MSCs';
// The agent list of refs 76–81.
const AGENTS = 'preconditioning of MSCs with resveratrol [76], thrombin [77]';

// prettier-ignore
const PRESENT: Present[] = [
  // Certainty: the general preconditioning sentence states an aim, not a finding.
  { name: 'preconditioning → MSC: aim sentence is proposed', edge: 'strategy/preconditioning--enhances--therapy/msc', fragment: PURPOSE, level: 'review', certainty: 'proposed' },
  { name: 'cytokine preconditioning → MSC: aim sentence is proposed', edge: 'strategy/cytokine-preconditioning--enhances--therapy/msc', fragment: PURPOSE, certainty: 'proposed' },
  { name: 'chemical preconditioning → MSC: aim sentence is proposed', edge: 'strategy/chemical-preconditioning--enhances--therapy/msc', fragment: PURPOSE, certainty: 'proposed' },
  { name: 'heat shock → MSC: aim sentence is proposed', edge: 'strategy/heat-shock-preconditioning--enhances--therapy/msc', fragment: PURPOSE, certainty: 'proposed' },
  { name: 'hypoxia → MSC: aim sentence is proposed', edge: 'strategy/hypoxic-preconditioning--enhances--therapy/msc', fragment: PURPOSE, certainty: 'proposed' },
  { name: 'hypoxia → MSC: the Ishiuchi finding stays stated', edge: 'strategy/hypoxic-preconditioning--enhances--therapy/msc', fragment: 'Ishiuchi et al. demonstrated', level: 'animal', certainty: 'stated', refs: [72] },
  { name: 'encapsulation → MSC: "considered as a means" is proposed', edge: 'strategy/encapsulation--enhances--therapy/msc', fragment: 'Encapsulation has been considered as a means', level: 'review', certainty: 'proposed' },

  // measured_in: where the change was read.
  { name: 'heat shock raised HSP70 in the MSCs themselves [73]', edge: 'strategy/heat-shock-preconditioning--increases--factor/hsp70', fragment: 'preconditioning MSCs at 42 °C for 1 h', level: 'animal', certainty: 'stated', measured_in: ['therapy/msc'] },
  { name: 'melatonin: protection read in cultured kidney cells [75]', edge: 'strategy/melatonin-preconditioning--improves--disease/cisplatin-nephrotoxicity', fragment: 'conditioned medium from MSCs treated with melatonin', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/kidney-cell'] },
  { name: 'antioxidant enzymes in cisplatin toxicity: read in kidney cells [75]', edge: 'factor/antioxidant-enzymes--involved_in--disease/cisplatin-nephrotoxicity', fragment: 'conditioned medium from MSCs treated with melatonin', level: 'in_vitro', measured_in: ['target_cell/kidney-cell'] },
  { name: 'alginate beads: IL-10 secreted by the MSCs [86]', edge: 'strategy/alginate-microencapsulation--increases--factor/il-10', fragment: 'microencapsulation of MSCs can increase their secretion', level: 'in_vitro', measured_in: ['therapy/msc'] },
  { name: 'alginate beads: HGF secreted by the MSCs [86]', edge: 'strategy/alginate-microencapsulation--increases--factor/hgf', fragment: 'microencapsulation of MSCs can increase their secretion', level: 'in_vitro', measured_in: ['therapy/msc'] },
  { name: 'alginate beads: sFAS secreted by the MSCs [86]', edge: 'strategy/alginate-microencapsulation--increases--factor/sfas', fragment: 'microencapsulation of MSCs can increase their secretion', level: 'in_vitro', measured_in: ['therapy/msc'] },

  // Redrawn claim: the medium of melatonin-treated MSCs held antioxidant enzymes; no increase is stated.
  { name: 'MSCs released the antioxidant enzymes found in their medium [75]', edge: 'therapy/msc--secretes--factor/antioxidant-enzymes', fragment: 'antioxidative enzymes in conditioned medium', level: 'in_vitro', certainty: 'stated', refs: [75] },

  // with: the benefit ran through CAR T cells given with the engineered MSCs.
  { name: 'IL7-IL12 MSCs with CAR T cells against colorectal cancer cells [85]', edge: 'strategy/il7-il12-gene-modification--improves--disease/colorectal-cancer', fragment: 'Hombach et al. used engineered MSCs', level: 'in_vitro', certainty: 'stated', with: ['target_cell/car-t-cell'] },
  { name: 'IL7-IL12 MSCs with CAR T cells in solid tumours [85]', edge: 'strategy/il7-il12-gene-modification--improves--disease/solid-tumour', fragment: 'enhancing the effectiveness of CAR T cells', level: 'review', certainty: 'stated', with: ['target_cell/car-t-cell'] },

  // Pitacco: the result item stays, the culture step sits on the chondrogenesis edge.
  { name: 'Pitacco: bone remodelling result stays on the defect edge [89]', edge: 'strategy/fibrin-scaffold-bioprinting--improves--disease/femoral-bone-defect', fragment: 'remodeled into bone with a high level of vascularization', level: 'animal', certainty: 'stated', refs: [89] },
  { name: 'Pitacco: chondrogenic culture step is on the chondrogenesis edge [89]', edge: 'strategy/fibrin-scaffold-bioprinting--acts_through--mechanism/chondrogenesis', fragment: 'cultured under chondrogenesis conditions', level: 'in_vitro', certainty: 'stated' },

  // Added: each agent of the list enhanced the protective effect of the MSCs (animal models, 'respectively').
  { name: 'added: resveratrol preconditioning enhances MSCs [76]', edge: 'strategy/resveratrol-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [76] },
  { name: 'added: thrombin preconditioning enhances MSCs [77]', edge: 'strategy/thrombin-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [77] },
  { name: 'added: dimethylallylglycine preconditioning enhances MSCs [78]', edge: 'strategy/dmog-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [78] },
  { name: 'added: rapamycin preconditioning enhances MSCs [79]', edge: 'strategy/rapamycin-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [79] },
  { name: 'added: sevoflurane preconditioning enhances MSCs [80]', edge: 'strategy/sevoflurane-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [80] },
  { name: 'added: lithium chloride preconditioning enhances MSCs [81]', edge: 'strategy/lithium-chloride-preconditioning--enhances--therapy/msc', fragment: AGENTS, level: 'animal', certainty: 'stated', refs: [81] },
];

/** Items that must no longer sit on an edge (moved or dropped), or edges that must be gone. */
// prettier-ignore
const ABSENT: { name: string; edge: string; fragment?: string }[] = [
  { name: 'melatonin is not said to raise antioxidant enzymes [75]', edge: 'strategy/melatonin-preconditioning--increases--factor/antioxidant-enzymes' },
  { name: 'the artificial-tissues topic sentence does not claim bioprinting enhances MSCs', edge: 'strategy/bioprinting--enhances--therapy/msc', fragment: 'explored for their potential use in constructing artificial tissues' },
  { name: 'Pitacco: the printing-and-seeding sentence is not evidence of bone repair', edge: 'strategy/fibrin-scaffold-bioprinting--improves--disease/femoral-bone-defect', fragment: 'They used a 3D bioprinting strategy' },
  { name: 'Pitacco: the culture-and-implantation sentence is not evidence of bone repair', edge: 'strategy/fibrin-scaffold-bioprinting--improves--disease/femoral-bone-defect', fragment: 'cultured under chondrogenesis conditions' },
];

describe('re-read of 2.3.1 and 2.4: corrected and added claims', () => {
  it.each(PRESENT)('$name', (c) => {
    expect(graph!.hasEdge(c.edge), `edge ${c.edge}`).toBe(true);
    const items = itemsOf(c.edge).filter((e) => e.quote.includes(c.fragment));
    expect(items.length, `${c.edge}: an item quoting "${c.fragment}"`).toBe(1);
    const item = items[0]!;
    if (c.level) expect(item.level).toBe(c.level);
    if (c.certainty) expect(item.certainty).toBe(c.certainty);
    if (c.refs) expect(item.refs).toEqual(c.refs);
    if (c.with) expect(item.with).toEqual(c.with);
    if (c.measured_in) expect(item.measured_in).toEqual(c.measured_in);
  });
});

describe('re-read of 2.3.1 and 2.4: removed claims and moved items', () => {
  it.each(ABSENT)('$name', (c) => {
    if (c.fragment === undefined) expect(graph!.hasEdge(c.edge)).toBe(false);
    else expect(itemsOf(c.edge).filter((e) => e.quote.includes(c.fragment!))).toEqual([]);
  });

  it('the Pitacco defect edge keeps exactly its aim and result items', () => {
    const items = itemsOf('strategy/fibrin-scaffold-bioprinting--improves--disease/femoral-bone-defect');
    expect(items).toHaveLength(2);
  });
});
