/**
 * Re-read of section 3.3 and Table 2 (graph-data/relations/3.3-exosome-strategies.yaml and
 * table2-exosome-strategies.yaml) against the review; see docs/audit/s3.3-table2.yaml.
 *
 * Every correction is one row: the edge must exist and hold an item of the given section whose quote contains
 * the fragment, with the level, certainty, `with`, `measured_in` and outcome set by the re-read. Removed and
 * merged edges must be absent. Each row fails if its correction is undone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/loadGraph';
import { collectGapItems } from '../../../src/model/gaps/gapItems';
import { vocabOf } from '../../../src/model/vocabOf';
type Certainty = string;
type Level = string;
type Outcome = string;
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
  /** The item's model, if any, must not contain this text. */
  modelExcludes?: string;
}

const itemsOf = (key: string): EvidenceItem[] =>
  (graph!.getEdgeAttributes(key) as RelationAttributes).evidence;

const TABLE2_OPENER = 'Table 2 lists several strategies';
const T2_HYPOXIA = 'Exosome derived from MSCs preconditioned with hypoxia |';
const T2_IFNG = 'Exosomes derived from MSCs pretreated with IFN- γ |';
const T2_DOX = 'Exosome incubated with doxorubicin |';
const T2_MIR145 = 'Exosome derived from MSCs transduced with miR-145 |';
const T2_MIR125B = 'Exosome derived from MSCs transduced with miR-125b |';
const T2_ECM = '3D printed cartilage extracellular matrix/gelatin methacrylate/exosome scaffold |';

// prettier-ignore
const CASES: Case[] = [
  // ---- 3.3 cargo loading: the listed routes and techniques sit on the cargo-loading edge
  { name: 'loading routes listed under cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: 'Several methods have been used to load cargo into exosomes', level: 'review', certainty: 'stated' },
  { name: 'physical techniques listed under cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: 'electroporation, freeze-thaw, dialysis, surfactant treatment, and sonication', level: 'review', certainty: 'stated' },
  { name: 'Table 2 opener on cargo loading', key: 'strategy/cargo-loading--enhances--therapy/msc-exosome', section: '3.3', quote: TABLE2_OPENER, level: 'review', certainty: 'stated' },

  // ---- 3.3 text
  { name: 'Chen [118]: the hydrogel carried the miR-375 exosomes', key: 'strategy/encapsulation--enhances--therapy/msc-exosome', section: '3.3', quote: 'combination of exosomes with hydrogel can regulate their release', level: 'animal', certainty: 'stated', with: ['strategy/mir-375-overexpression'] },
  { name: 'Wei [116]: uptake measured in MG63 cells', key: 'strategy/doxorubicin-loading--increases--mechanism/cellular-uptake', section: '3.3', quote: 'doxorubicin-loaded exosomes could be more efficiently entered', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Wei [116]: anti-tumour effect measured in MG63 cells', key: 'strategy/doxorubicin-loading--increases--mechanism/anti-tumour-effect', section: '3.3', quote: 'exerted significantly improved anti-tumor effects', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Wei [116]: osteosarcoma modelled by MG63 cells', key: 'strategy/doxorubicin-loading--improves--disease/osteosarcoma', section: '3.3', quote: 'exerted significantly improved anti-tumor effects', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Yang [117]: miR-125a measured in the exosomes', key: 'strategy/ifn-g-preconditioning--increases--factor/mir-125a', section: '3.3', quote: 'higher content of miR-125a and miR-125b', level: 'in_vitro', certainty: 'stated', measured_in: ['therapy/msc-exosome'] },
  { name: 'Yang [117]: miR-125b measured in the exosomes', key: 'strategy/ifn-g-preconditioning--increases--factor/mir-125b', section: '3.3', quote: 'higher content of miR-125a and miR-125b', level: 'in_vitro', certainty: 'stated', measured_in: ['therapy/msc-exosome'] },
  { name: 'Yang [117]: inflammation fell via more Treg cells (added)', key: 'target_cell/treg--mediates--mechanism/anti-inflammation', section: '3.3', quote: 'an increased ratio of Treg cells', level: 'animal', certainty: 'stated' },
  { name: 'Chen [118]: miR-375 measured in the exosomes', key: 'strategy/mir-375-overexpression--increases--factor/mir-375', section: '3.3', quote: 'generated exosomes enriched in miR-375', level: 'in_vitro', certainty: 'stated', measured_in: ['therapy/msc-exosome'] },
  { name: 'Chen [118]: osteoblast differentiation measured in MSCs', key: 'strategy/mir-375-overexpression--increases--mechanism/osteogenesis', section: '3.3', quote: 'improved the differentiation of MSCs into osteoblasts', level: 'in_vitro', certainty: 'stated', measured_in: ['therapy/msc'] },
  { name: 'Sun [119]: HIF-1α raised in MSCs, not a HUVEC model', key: 'strategy/hif-1a-overexpression--increases--factor/hif-1a', section: '3.3', quote: 'transduced with lentivirus carrying HIF-1', level: 'in_vitro', certainty: 'stated', modelExcludes: 'HUVEC' },
  { name: 'Sun [119]: in-vitro MI model measured in HUVECs', key: 'strategy/hif-1a-overexpression--improves--disease/myocardial-infarction', section: '3.3', quote: 'applied to improve a model of myocardial infarction in vitro', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/huvec'] },
  { name: 'Sun [119]: proliferation measured in HUVECs', key: 'strategy/hif-1a-overexpression--increases--mechanism/cell-proliferation', section: '3.3', quote: 'promote the proliferation, migration, and vessel formation ability of HUVECs', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/huvec'] },
  { name: 'Sun [119]: migration measured in HUVECs', key: 'strategy/hif-1a-overexpression--increases--mechanism/cell-migration', section: '3.3', quote: 'promote the proliferation, migration, and vessel formation ability of HUVECs', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/huvec'] },
  { name: 'Sun [119]: vessel formation measured in HUVECs', key: 'strategy/hif-1a-overexpression--increases--mechanism/angiogenesis', section: '3.3', quote: 'promote the proliferation, migration, and vessel formation ability of HUVECs', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/huvec'] },
  { name: 'Sun [119]: heart function improved by angiogenesis (added)', key: 'strategy/hif-1a-overexpression--acts_through--mechanism/angiogenesis', section: '3.3', quote: 'resulted in improved heart function by inducing the overexpression of proangiogenic factors', level: 'animal', certainty: 'stated' },
  { name: 'Yang [121]: wound healing sped up by angiogenesis (added)', key: 'strategy/f127-hydrogel--acts_through--mechanism/angiogenesis', section: '3.3', quote: 'thereby accelerating wound healing and skin regeneration', level: 'animal', certainty: 'stated' },
  { name: 'Zhang [120]: repair "can be attributed to" angiogenesis', key: 'strategy/ha-hydrogel-nha-pcl-scaffold--acts_through--mechanism/angiogenesis', section: '3.3', quote: 'can be attributed to the angiogenic action of exosomal miR-21', level: 'animal', certainty: 'suggested' },
  { name: 'Zhang [120]: miR-21 angiogenic action offered as explanation', key: 'factor/mir-21--mediates--mechanism/angiogenesis', section: '3.3', quote: 'can be attributed to the angiogenic action of exosomal miR-21', level: 'animal', certainty: 'suggested' },
  { name: 'Zhang [120]: miR-21 in the exosomes is presupposed, not measured in rats', key: 'therapy/msc-exosome--expresses--factor/mir-21', section: '3.3', quote: 'angiogenic action of exosomal miR-21', level: 'review', certainty: 'stated', noSpecies: true },
  { name: 'Huang [123]: the uptake result also supports the enhancement', key: 'strategy/cpp-lipid-surface-modification--enhances--therapy/msc-exosome', section: '3.3', quote: 'the modified exosomes can be highly detected in the endothelial cells', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/endothelial-cell'] },
  { name: 'Huang [123]: uptake measured in endothelial cells', key: 'strategy/cpp-lipid-surface-modification--increases--mechanism/cellular-uptake', section: '3.3', quote: 'the modified exosomes can be highly detected in the endothelial cells', level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/endothelial-cell'] },
  { name: 'Wu [124]: the accumulation result also supports the enhancement', key: 'strategy/creka-surface-modification--enhances--therapy/msc-exosome', section: '3.3', quote: 'exosomes containing the CREKA peptide can accumulate in the bones of rats', level: 'animal', certainty: 'stated' },
  { name: 'Chen [125]: mitochondria restored in chondrocytes', key: 'strategy/ecm-gelma-exosome-scaffold--increases--mechanism/mitochondrial-protection', section: '3.3', quote: 'restoration of chondrocyte mitochondria', level: 'animal', certainty: 'stated', measured_in: ['target_cell/chondrocyte'] },
  { name: 'Chen [125]: polarisation measured in macrophages', key: 'strategy/ecm-gelma-exosome-scaffold--increases--mechanism/macrophage-polarisation', section: '3.3', quote: 'polarization of macrophages from M1 to M2, and regeneration of cartilage', level: 'animal', certainty: 'stated', measured_in: ['target_cell/macrophage'] },

  // ---- Table 2 rows
  { name: 'Table 2 [136]: the miR-216a-5p rise is marked in vitro', key: 'strategy/hypoxic-preconditioning--increases--factor/mir-216a-5p', section: 'Table 2', quote: T2_HYPOXIA, level: 'in_vitro', certainty: 'stated', measured_in: ['therapy/msc-exosome'], noSpecies: true },
  { name: 'Table 2 [136]: the cells that polarised were microglia', key: 'strategy/hypoxic-preconditioning--increases--mechanism/macrophage-polarisation', section: 'Table 2', quote: T2_HYPOXIA, level: 'animal', certainty: 'stated', measured_in: ['target_cell/microglia'] },
  { name: 'Table 2 [117]: miR-125a rose in the exosomes', key: 'strategy/ifn-g-preconditioning--increases--factor/mir-125a', section: 'Table 2', quote: T2_IFNG, level: 'animal', certainty: 'stated', measured_in: ['therapy/msc-exosome'] },
  { name: 'Table 2 [117]: miR-125b rose in the exosomes', key: 'strategy/ifn-g-preconditioning--increases--factor/mir-125b', section: 'Table 2', quote: T2_IFNG, level: 'animal', certainty: 'stated', measured_in: ['therapy/msc-exosome'] },
  { name: 'Table 2 [117]: miR-125a led to less inflammation (added)', key: 'factor/mir-125a--mediates--mechanism/anti-inflammation', section: 'Table 2', quote: T2_IFNG, level: 'animal', certainty: 'stated' },
  { name: 'Table 2 [117]: miR-125b led to less inflammation (added)', key: 'factor/mir-125b--mediates--mechanism/anti-inflammation', section: 'Table 2', quote: T2_IFNG, level: 'animal', certainty: 'stated' },
  { name: 'Table 2 [137]: uptake measured in MG63 cells', key: 'strategy/doxorubicin-loading--increases--mechanism/cellular-uptake', section: 'Table 2', quote: T2_DOX, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Table 2 [137]: anti-tumour effect measured in MG63 cells', key: 'strategy/doxorubicin-loading--increases--mechanism/anti-tumour-effect', section: 'Table 2', quote: T2_DOX, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Table 2 [137]: osteosarcoma modelled by MG63 cells', key: 'strategy/doxorubicin-loading--improves--disease/osteosarcoma', section: 'Table 2', quote: T2_DOX, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/mg63-cell'] },
  { name: 'Table 2 [138]: mitochondria protected in cardiomyocytes', key: 'strategy/mif-overexpression--increases--mechanism/mitochondrial-protection', section: 'Table 2', quote: 'Exosome derived from MSCs transduced with MIF |', level: 'animal', certainty: 'stated', measured_in: ['target_cell/cardiomyocyte'] },
  { name: 'Table 2 [139]: metastasis measured in T47D cells', key: 'strategy/mir-145-overexpression--inhibits--mechanism/metastasis', section: 'Table 2', quote: T2_MIR145, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/t47d-cell'] },
  { name: 'Table 2 [139]: apoptosis measured in T47D cells', key: 'strategy/mir-145-overexpression--acts_through--mechanism/anti-apoptosis', section: 'Table 2', quote: T2_MIR145, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/t47d-cell'] },
  { name: 'Table 2 [139]: breast cancer modelled by T47D cells', key: 'strategy/mir-145-overexpression--improves--disease/breast-cancer', section: 'Table 2', quote: T2_MIR145, level: 'in_vitro', certainty: 'stated', measured_in: ['target_cell/t47d-cell'] },
  { name: 'Table 2 [140]: proliferation measured in smooth muscle cells', key: 'strategy/mir-125b-overexpression--inhibits--mechanism/cell-proliferation', section: 'Table 2', quote: T2_MIR125B, level: 'animal', certainty: 'stated', measured_in: ['target_cell/smooth-muscle-cell'] },
  { name: 'Table 2 [140]: migration measured in smooth muscle cells', key: 'strategy/mir-125b-overexpression--inhibits--mechanism/cell-migration', section: 'Table 2', quote: T2_MIR125B, level: 'animal', certainty: 'stated', measured_in: ['target_cell/smooth-muscle-cell'] },
  { name: 'Table 2 [125]: mitochondria restored in chondrocytes', key: 'strategy/ecm-gelma-exosome-scaffold--increases--mechanism/mitochondrial-protection', section: 'Table 2', quote: T2_ECM, level: 'animal', certainty: 'stated', measured_in: ['target_cell/chondrocyte'] },
  { name: 'Table 2 [125]: polarisation measured in macrophages', key: 'strategy/ecm-gelma-exosome-scaffold--increases--mechanism/macrophage-polarisation', section: 'Table 2', quote: T2_ECM, level: 'animal', certainty: 'stated', measured_in: ['target_cell/macrophage'] },
  { name: 'Table 2 [126]: BDNF-primed exosomes were given in the printed scaffold', key: 'strategy/bdnf-preconditioning--improves--disease/traumatic-brain-injury', section: 'Table 2', quote: '3D-printed BDNF-stimulated MSCs-derived exosomes', level: 'animal', certainty: 'stated', with: ['strategy/bdnf-exosome-collagen-chitosan-scaffold'] },
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
  (c.noSpecies !== true || e.species === undefined) &&
  (c.modelExcludes === undefined || !(e.model ?? '').includes(c.modelExcludes));

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

describe('s3.3-table2: the audit record', () => {
  const audit = parse(readFileSync(resolve('docs/audit/s3.3-table2.yaml'), 'utf8')) as {
    edge: string;
    verdict: string;
    was?: string;
    items: number;
  }[];

  it('names an existing edge for every record kept, changed or added, with its item count', () => {
    for (const entry of audit.filter((e) => ['kept', 'changed', 'added'].includes(e.verdict))) {
      expect(graph!.hasEdge(entry.edge), entry.edge).toBe(true);
      expect(entry.items, entry.edge).toBeGreaterThan(0);
    }
  });

  it('lists every merged edge among the absent ones', () => {
    const merged = audit.filter((e) => e.verdict === 'merged').map((e) => e.was);
    expect(merged.sort()).toEqual(ABSENT.map((a) => a.key).sort());
  });
});

describe('s3.3-table2: statements filed at two levels', () => {
  it('reach the gap map at their strongest level, whatever the order of the records', () => {
    const mixed = collectGapItems(graph!)
      .map((gi) => {
        const levels = gi.edges.flatMap((key) =>
          itemsOf(key)
            .filter((e) => e.section === gi.item.section && e.quote === gi.item.quote)
            .map((e) => e.level),
        );
        const strongest = vocabOf(graph!).strongest(levels);
        return {
          quote: gi.item.quote.slice(0, 60),
          level: gi.item.level,
          strongest,
          n: new Set(levels).size,
        };
      })
      .filter((x) => x.n > 1);
    // The hypoxia row (in vitro miR-216a-5p, mouse repair), Chen [118], Zhang [120] and Wu [124].
    expect(mixed.length).toBeGreaterThanOrEqual(4);
    for (const x of mixed) expect(x.level, x.quote).toBe(x.strongest);
  });
});
