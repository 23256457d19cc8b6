/**
 * Claims a reader of Adelipour, Lubman & Kim (2023) would look for, checked against the shipped graph.
 *
 * Every row was read off the review's own text (sections 1–4, Table 1, Table 2): the edge must exist, at least
 * one of its evidence items must cite the reference number the review prints with the statement, and that item
 * must carry the expected study level (and, where given, section, species and clinical outcome). A second table
 * checks that things the review does NOT claim are absent or marked as no benefit.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
type Level = string;
type Outcome = string;
import type { EvidenceItem, RelationAttributes } from '../../src/model/types';

const { graph } = loadGraph(resolve('graph-data'));

interface Claim {
  /** Readable name: what the review says, with its citation. */
  name: string;
  from: string;
  relation: string;
  to: string;
  /** A reference number printed with the statement. */
  ref: number;
  level: Level;
  /** Section of the citing item ("Table 1", "2.3.1", …) when the claim is made in one place only. */
  section?: string;
  species?: string;
  /** Clinical rows: the trial's result class. */
  outcome?: Outcome;
}

const edgeKey = (c: Pick<Claim, 'from' | 'relation' | 'to'>) => `${c.from}--${c.relation}--${c.to}`;
const evidenceOf = (key: string): EvidenceItem[] =>
  (graph!.getEdgeAttributes(key) as RelationAttributes).evidence;
const fits = (c: Claim) => (e: EvidenceItem) =>
  e.level === c.level &&
  (c.section === undefined || e.section === c.section) &&
  (c.species === undefined || e.species === c.species) &&
  (c.outcome === undefined || e.outcome === c.outcome);

// prettier-ignore
const CLAIMS: Claim[] = [
  // ---- 1 Introduction
  { name: '1: MSCs secrete EVs, mainly exosomes, a promising therapy [9,10]', from: 'therapy/msc', relation: 'secretes', to: 'therapy/msc-exosome', ref: 9, level: 'review', section: '1' },
  { name: '1: synthetic materials lost tissue-specific function [3]', from: 'challenge/loss-of-tissue-function', relation: 'limits', to: 'therapy/synthetic-material', ref: 3, level: 'review', section: '1' },

  // ---- 2.1 Sources, characterization, properties
  { name: '2.1: bone marrow is a source of MSCs [11]', from: 'cell_source/bone-marrow', relation: 'source_of', to: 'therapy/bm-msc', ref: 11, level: 'review', section: '2.1' },
  { name: '2.1: urine is an uncommon MSC source [17]', from: 'cell_source/urine', relation: 'source_of', to: 'therapy/urine-msc', ref: 17, level: 'review' },
  { name: '2.1: iPSCs can be differentiated into MSCs [22]', from: 'cell_source/ipsc', relation: 'source_of', to: 'therapy/ipsc-msc', ref: 22, level: 'review' },
  { name: '2.1: MSCs express nestin [23]', from: 'therapy/msc', relation: 'expresses', to: 'factor/nestin', ref: 23, level: 'review' },
  { name: '2.1: ISCT positive marker CD105 [27]', from: 'therapy/msc', relation: 'expresses', to: 'factor/cd105', ref: 27, level: 'review' },
  { name: '2.1: ISCT negative marker CD34 [27]', from: 'therapy/msc', relation: 'lacks', to: 'factor/cd34', ref: 27, level: 'review' },
  { name: '2.1: ISCT negative marker CD45 [27]', from: 'therapy/msc', relation: 'lacks', to: 'factor/cd45', ref: 27, level: 'review' },
  { name: '2.1: ISCT trilineage differentiation into osteoblasts [27]', from: 'therapy/msc', relation: 'differentiates_into', to: 'target_cell/osteoblast', ref: 27, level: 'review' },
  { name: '2.1: tissue factor (CD142) expression and thromboembolic risk [28]', from: 'therapy/msc', relation: 'expresses', to: 'factor/tissue-factor', ref: 28, level: 'review' },
  { name: '2.1: MSCs secrete IDO for immunosuppression [33]', from: 'therapy/msc', relation: 'secretes', to: 'factor/ido', ref: 33, level: 'review', section: '2.1' },
  { name: '2.1: Zimmermann — IFN-γ/TNF-α priming of spheroids raised PGE2 [34]', from: 'strategy/ifn-g-preconditioning', relation: 'increases', to: 'factor/pge2', ref: 34, level: 'in_vitro' },
  { name: '2.1: Garcia — IFN-γ-tethered hydrogel MSCs accelerated wound healing in mice [35]', from: 'strategy/ifn-g-tethered-hydrogel', relation: 'improves', to: 'disease/wound', ref: 35, level: 'animal', species: 'mouse' },
  { name: '2.1: SDF-1 binds CXCR4 on MSCs (homing axis) [37,38]', from: 'factor/sdf-1', relation: 'binds', to: 'factor/cxcr4', ref: 37, level: 'review' },
  { name: '2.1: CXCR4 on MSCs mediates homing [37,38]', from: 'factor/cxcr4', relation: 'mediates', to: 'mechanism/homing', ref: 38, level: 'review' },
  { name: '2.1: CXCR4 overexpression increased homing to intestine tumours in mice [39]', from: 'strategy/cxcr4-overexpression', relation: 'increases', to: 'mechanism/homing', ref: 39, level: 'animal', species: 'mouse' },

  // ---- 2.2 Mechanisms
  { name: '2.2: Wang — MSCs become cardiomyocytes only in direct co-culture [40]', from: 'therapy/msc', relation: 'differentiates_into', to: 'target_cell/cardiomyocyte', ref: 40, level: 'in_vitro' },
  { name: '2.2: Duffy — MSCs inhibit Th17 differentiation by contact via PGE2/EP4 [41]', from: 'therapy/msc', relation: 'inhibits', to: 'target_cell/th17-cell', ref: 41, level: 'in_vitro' },
  { name: '2.2: Duffy — PGE2 acts through the EP4 receptor [41]', from: 'factor/pge2', relation: 'binds', to: 'factor/ep4', ref: 41, level: 'in_vitro' },
  { name: '2.2: Li — CD200 on MSCs engages CD200R on proinflammatory macrophages [42]', from: 'factor/cd200', relation: 'binds', to: 'factor/cd200r', ref: 42, level: 'animal', species: 'mouse' },
  { name: '2.2: Li — stronger immunomodulation of MSCs in mouse models of abortion [42]', from: 'therapy/msc', relation: 'acts_through', to: 'mechanism/immunomodulation', ref: 42, level: 'animal', species: 'mouse' },
  { name: '2.2: Mori — MSC mitochondria reach cardiomyocytes in rat MI [43]', from: 'mechanism/mitochondrial-transfer', relation: 'acts_on', to: 'target_cell/cardiomyocyte', ref: 43, level: 'animal', species: 'rat' },
  { name: '2.2: Jiang — mitochondrial transfer to corneal epithelial cells [44]', from: 'mechanism/mitochondrial-transfer', relation: 'acts_on', to: 'target_cell/corneal-epithelial-cell', ref: 44, level: 'in_vitro' },
  { name: '2.2: Jiang — tunneling nanotubes carry the mitochondria [44]', from: 'mechanism/tunneling-nanotubes', relation: 'mediates', to: 'mechanism/mitochondrial-transfer', ref: 44, level: 'in_vitro' },
  { name: '2.2: Rackham — mitochondria donated to islet β-cells in coculture [45]', from: 'mechanism/mitochondrial-transfer', relation: 'acts_on', to: 'target_cell/beta-cell', ref: 45, level: 'in_vitro' },
  { name: '2.2: Morrison — EV-treated macrophages improved mouse lung injury [46]', from: 'therapy/msc-ev', relation: 'improves', to: 'disease/acute-lung-injury', ref: 46, level: 'animal', species: 'mouse' },
  { name: '2.2: VEGF from MSCs in vascular regeneration [47]', from: 'factor/vegf', relation: 'mediates', to: 'mechanism/angiogenesis', ref: 47, level: 'review' },
  { name: '2.2: Lin — stiff alginate matrix activates YAP [53]', from: 'strategy/stiff-alginate-matrix', relation: 'increases', to: 'factor/yap', ref: 53, level: 'in_vitro' },
  { name: '2.2: MSC exosomes carry proteins and RNAs [56–58]', from: 'therapy/msc-exosome', relation: 'expresses', to: 'factor/non-coding-rna', ref: 57, level: 'review' },

  // ---- 2.3 Challenges
  { name: '2.3: administration conditions limit homing [62]', from: 'challenge/homing-administration', relation: 'limits', to: 'therapy/msc', ref: 62, level: 'review' },

  // ---- 2.3.1 Strategies
  { name: '2.3.1: MSCs protect in spinal cord injury models [48]', from: 'therapy/msc', relation: 'improves', to: 'disease/spinal-cord-injury', ref: 48, level: 'review', section: '2.3.1' },
  { name: '2.3.1: Ishiuchi — hypoxic preconditioning raised VEGF [72]', from: 'strategy/hypoxic-preconditioning', relation: 'increases', to: 'factor/vegf', ref: 72, level: 'animal', species: 'mouse' },
  { name: '2.3.1: Ishiuchi — hypoxic preconditioning raised HGF [72]', from: 'strategy/hypoxic-preconditioning', relation: 'increases', to: 'factor/hgf', ref: 72, level: 'animal', species: 'mouse' },
  { name: '2.3.1: Ishiuchi — hypoxic MSCs protected the kidney after ischemia/reperfusion [72]', from: 'strategy/hypoxic-preconditioning', relation: 'improves', to: 'disease/kidney-ischemia-reperfusion-injury', ref: 72, level: 'animal', species: 'mouse' },
  { name: '2.3.1: heat shock (42 °C, 1 h) raised HSP70 [73]', from: 'strategy/heat-shock-preconditioning', relation: 'increases', to: 'factor/hsp70', ref: 73, level: 'animal', species: 'mouse' },
  { name: '2.3.1: heat-shocked MSCs improved acute lung injury in mice [73]', from: 'strategy/heat-shock-preconditioning', relation: 'improves', to: 'disease/acute-lung-injury', ref: 73, level: 'animal', species: 'mouse' },
  { name: '2.3.1: H₂O₂ preconditioning for wound healing [74]', from: 'strategy/h2o2-preconditioning', relation: 'improves', to: 'disease/skin-wound', ref: 74, level: 'animal' },
  { name: '2.3.1: Zhao — melatonin-treated MSC medium protected kidney cells from cisplatin [75]', from: 'strategy/melatonin-preconditioning', relation: 'improves', to: 'disease/cisplatin-nephrotoxicity', ref: 75, level: 'in_vitro' },
  { name: '2.3.1: resveratrol preconditioning against diabetic cardiomyopathy [76]', from: 'strategy/resveratrol-preconditioning', relation: 'improves', to: 'disease/diabetic-cardiomyopathy', ref: 76, level: 'animal' },
  { name: '2.3.1: rapamycin preconditioning against liver ischemia/reperfusion injury [79]', from: 'strategy/rapamycin-preconditioning', relation: 'improves', to: 'disease/liver-ischemia-reperfusion-injury', ref: 79, level: 'animal' },
  { name: '2.3.1: lithium chloride preconditioning for the degenerated disc [81]', from: 'strategy/lithium-chloride-preconditioning', relation: 'improves', to: 'disease/intervertebral-disc-degeneration', ref: 81, level: 'animal' },
  { name: '2.3.1: VEGF-expressing MSCs reduced pain in a Parkinson mouse model [83]', from: 'strategy/vegf-gene-modification', relation: 'improves', to: 'disease/parkinsons-disease', ref: 83, level: 'animal', species: 'mouse' },
  { name: '2.3.1: VEGF-expressing MSCs inhibited TRPV1 [83]', from: 'strategy/vegf-gene-modification', relation: 'inhibits', to: 'factor/trpv1', ref: 83, level: 'animal' },
  { name: '2.3.1: Rostami — IL-23R MSCs enhanced myelination in EAE [84]', from: 'strategy/il-23r-gene-modification', relation: 'improves', to: 'disease/experimental-autoimmune-encephalomyelitis', ref: 84, level: 'animal', species: 'mouse' },
  { name: '2.3.1: Hombach — IL7-IL12 MSCs activated CAR T cells [85]', from: 'strategy/il7-il12-gene-modification', relation: 'increases', to: 'target_cell/car-t-cell', ref: 85, level: 'in_vitro' },
  { name: '2.3.1: Sahu — alginate microbeads raised HGF secretion [86]', from: 'strategy/alginate-microencapsulation', relation: 'increases', to: 'factor/hgf', ref: 86, level: 'in_vitro' },
  { name: '2.3.1: Sahu — microbeads regenerated osteoarthritis explants [86]', from: 'strategy/alginate-microencapsulation', relation: 'improves', to: 'disease/osteoarthritis', ref: 86, level: 'ex_vivo' },
  { name: '2.3.1: Kim — GH hydrogel MSCs improved mouse MI [87]', from: 'strategy/gh-hydrogel-encapsulation', relation: 'improves', to: 'disease/myocardial-infarction', ref: 87, level: 'animal', species: 'mouse' },
  { name: '2.3.1: Wang — RGD hydrogel with NP-MSCs repaired rat discs [88]', from: 'strategy/rgd-hydrogel-encapsulation', relation: 'improves', to: 'disease/intervertebral-disc-degeneration', ref: 88, level: 'animal', species: 'rat' },
  { name: '2.3.1: Pitacco — bioprinted fibrin cartilage template healed rat femoral defect [89]', from: 'strategy/fibrin-scaffold-bioprinting', relation: 'improves', to: 'disease/femoral-bone-defect', ref: 89, level: 'animal', species: 'rat' },
  { name: '2.3.1: Lin — dental pulp stem cells became odontocyte-like cells [90]', from: 'therapy/dental-pulp-msc', relation: 'differentiates_into', to: 'target_cell/odontoblast-like-cell', ref: 90, level: 'in_vitro' },
  { name: '2.3.1: Ke — bioprinted trachea formed cartilage [91]', from: 'strategy/bioprinted-trachea', relation: 'acts_through', to: 'mechanism/chondrogenesis', ref: 91, level: 'in_vitro' },

  // ---- 2.4 and Table 1 (clinical)
  { name: '2.4: AMR kidney trial did not improve AMR, serious adverse event [92]', from: 'therapy/msc', relation: 'tested_in', to: 'disease/kidney-graft-amr', ref: 92, level: 'clinical', section: '2.4', outcome: 'adverse' },
  { name: 'Table 1: autologous BM-MSCs in chronic active AMR — no benefit, adverse T-cell activation [92]', from: 'therapy/bm-msc', relation: 'tested_in', to: 'disease/kidney-graft-amr', ref: 92, level: 'clinical', section: 'Table 1', outcome: 'adverse' },
  { name: 'Table 1: BM-MSCs vs hyaluronic acid in knee osteoarthritis [93]', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/knee-osteoarthritis', ref: 93, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: BM-MSCs in newly diagnosed type 1 diabetes improved HbA1c [94]', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/type-1-diabetes', ref: 94, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: BM-MSCs raised regulatory T cells in type 1 diabetes [94]', from: 'therapy/bm-msc', relation: 'increases', to: 'target_cell/treg', ref: 94, level: 'clinical', outcome: 'positive' },
  { name: 'Table 1: autologous BM-MSCs in ischemic stroke (Fugl-Meyer) [95]', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/ischemic-stroke', ref: 95, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: UC-MSCs in type 2 diabetes lowered HbA1c [96]', from: 'therapy/uc-msc', relation: 'improves', to: 'disease/type-2-diabetes', ref: 96, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: UC-MSCs in diabetic foot ulcer [97]', from: 'therapy/uc-msc', relation: 'improves', to: 'disease/diabetic-foot-ulcer', ref: 97, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: AD-MSCs in detrusor underactivity [98]', from: 'therapy/ad-msc', relation: 'improves', to: 'disease/detrusor-underactivity', ref: 98, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: placenta MSCs in COVID-19 ARDS — no difference, no adverse events [99]', from: 'therapy/placenta-msc', relation: 'tested_in', to: 'disease/covid-19-ards', ref: 99, level: 'clinical', section: 'Table 1', outcome: 'no_effect' },
  { name: 'Table 1: BM-MSCs in severe COVID-19 — higher survival, most outcomes unchanged [100]', from: 'therapy/bm-msc', relation: 'tested_in', to: 'disease/severe-covid-19', ref: 100, level: 'clinical', section: 'Table 1', outcome: 'mixed' },
  { name: 'Table 1: UC-MSCs in COVID-19 mild-moderate ARDS [101]', from: 'therapy/uc-msc', relation: 'improves', to: 'disease/covid-19-mild-moderate-ards', ref: 101, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: UC-MSCs lowered serum IL-6 in COVID-19 ARDS [101]', from: 'therapy/uc-msc', relation: 'inhibits', to: 'factor/il-6', ref: 101, level: 'clinical', outcome: 'positive' },
  { name: "Table 1: Wharton's jelly MSCs in severe COVID-19 [102]", from: 'therapy/wj-msc', relation: 'improves', to: 'disease/severe-covid-19', ref: 102, level: 'clinical', section: 'Table 1', outcome: 'positive' },
  { name: 'Table 1: BM-MSCs in lupus — safety only [103]', from: 'therapy/bm-msc', relation: 'tested_in', to: 'disease/systemic-lupus-erythematosus', ref: 103, level: 'clinical', section: 'Table 1', outcome: 'safety_only' },
  { name: 'Table 1: intracardiac BM-MSCs in cardiomyopathy, 10-year follow-up [133]', from: 'therapy/bm-msc', relation: 'tested_in', to: 'disease/cardiomyopathy', ref: 133, level: 'clinical', section: 'Table 1', outcome: 'no_effect' },
  { name: 'Table 1: AD-MSCs in acute ischemic stroke — no difference in mRS [134]', from: 'therapy/ad-msc', relation: 'tested_in', to: 'disease/acute-ischemic-stroke', ref: 134, level: 'clinical', section: 'Table 1', outcome: 'no_effect' },
  { name: 'Table 1: intranasal BM-MSCs after perinatal stroke — no serious adverse events [135]', from: 'therapy/bm-msc', relation: 'tested_in', to: 'disease/perinatal-arterial-ischemic-stroke', ref: 135, level: 'clinical', section: 'Table 1', outcome: 'safety_only' },
  { name: '2.4: MSC efficacy in COVID-19 remains inconclusive [99–102]', from: 'therapy/msc', relation: 'tested_in', to: 'disease/covid-19', ref: 100, level: 'clinical', section: '2.4', outcome: 'mixed' },

  // ---- 3.1 Isolation and characterization
  { name: '3.1: exosomes carry CD63 [105,106]', from: 'therapy/msc-exosome', relation: 'expresses', to: 'factor/cd63', ref: 105, level: 'review' },
  { name: '3.1: exosomes isolated by ultracentrifugation [107]', from: 'therapy/msc-exosome', relation: 'isolated_by', to: 'method/ultracentrifugation', ref: 107, level: 'review' },
  { name: '3.1: MISEV2018 — absence of apolipoproteins A1/2 [108]', from: 'therapy/msc-exosome', relation: 'lacks', to: 'factor/apolipoprotein-a1-a2', ref: 108, level: 'review' },
  { name: '3.1: NTA sizes single vesicles [108]', from: 'therapy/msc-exosome', relation: 'characterised_by', to: 'method/nanoparticle-tracking-analysis', ref: 108, level: 'review' },

  // ---- 3.2 Applications of MSC exosomes
  { name: '3.2: Rong — BM-MSC exosomes improved rat liver fibrosis [110]', from: 'therapy/bm-msc-exosome', relation: 'improves', to: 'disease/liver-fibrosis', ref: 110, level: 'animal', species: 'rat' },
  { name: '3.2: Rong — exosomes inhibited hepatic stellate cell activation [110]', from: 'therapy/bm-msc-exosome', relation: 'inhibits', to: 'target_cell/hepatic-stellate-cell', ref: 110, level: 'animal' },
  { name: "3.2: MSC exosomes improved cognition in an Alzheimer's mouse model [111]", from: 'therapy/msc-exosome', relation: 'improves', to: 'disease/alzheimers-disease', ref: 111, level: 'animal', species: 'mouse' },
  { name: '3.2: exosomes suppressed NLRP3 in osteoclasts in diabetic osteoporosis [112]', from: 'therapy/msc-exosome', relation: 'inhibits', to: 'factor/nlrp3', ref: 112, level: 'animal', species: 'rat' },
  { name: '3.2: MSC EVs downregulated MMP-1 in vitro [113]', from: 'therapy/uc-msc-ev', relation: 'inhibits', to: 'factor/mmp-1', ref: 113, level: 'in_vitro' },
  { name: '3.2: EVs healed mouse wounds in vivo [113]', from: 'therapy/uc-msc-ev', relation: 'improves', to: 'disease/skin-wound', ref: 113, level: 'animal', species: 'mouse' },

  // ---- 3.3 Strategies for MSC exosomes (text)
  { name: '3.3: Wei — doxorubicin-loaded exosomes entered MG63 cells better [116]', from: 'strategy/doxorubicin-loading', relation: 'increases', to: 'mechanism/cellular-uptake', ref: 116, level: 'in_vitro', section: '3.3' },
  { name: '3.3: Yang — IFN-γ-primed MSC exosomes improved mouse colitis [117]', from: 'strategy/ifn-g-preconditioning', relation: 'improves', to: 'disease/colitis', ref: 117, level: 'animal', section: '3.3', species: 'mouse' },
  { name: '3.3: miR-125a targets the 3′-UTR of Stat3 [117]', from: 'factor/mir-125a', relation: 'binds', to: 'factor/stat3', ref: 117, level: 'review' },
  { name: '3.3: miR-125b suppresses Th17 differentiation [117]', from: 'factor/mir-125b', relation: 'inhibits', to: 'target_cell/th17-cell', ref: 117, level: 'review', section: '3.3' },
  { name: '3.3: Chen — miR-375 exosomes increased bone repair in rat calvarial defect [118]', from: 'strategy/mir-375-overexpression', relation: 'improves', to: 'disease/calvarial-bone-defect', ref: 118, level: 'animal', species: 'rat' },
  { name: '3.3: HIF-1α exosomes promoted HUVEC proliferation, migration and tubes [119]', from: 'strategy/hif-1a-overexpression', relation: 'acts_on', to: 'target_cell/huvec', ref: 119, level: 'in_vitro' },
  { name: '3.3: Zhang — HA hydrogel exosomes accelerated rat cranial bone repair [120]', from: 'strategy/ha-hydrogel-nha-pcl-scaffold', relation: 'improves', to: 'disease/calvarial-bone-defect', ref: 120, level: 'animal', species: 'rat' },
  { name: '3.3: Zhang — exosomal miR-21 drives angiogenesis [120]', from: 'factor/mir-21', relation: 'mediates', to: 'mechanism/angiogenesis', ref: 120, level: 'animal' },
  { name: '3.3: Yang — F127 hydrogel exosomes healed diabetic rat wounds [121]', from: 'strategy/f127-hydrogel', relation: 'improves', to: 'disease/diabetic-wound', ref: 121, level: 'animal', section: '3.3', species: 'rat' },
  { name: '3.3: Kostennikov — intravenous MSC-EVs were the more effective arm in rat SCI [122]', from: 'therapy/msc-ev', relation: 'improves', to: 'disease/spinal-cord-injury', ref: 122, level: 'animal', species: 'rat' },
  { name: '3.3: Kostennikov — fibrin-encapsulated EVs were the weaker arm [122]', from: 'strategy/fibrin-matrix-encapsulation', relation: 'tested_in', to: 'disease/spinal-cord-injury', ref: 122, level: 'animal', species: 'rat', outcome: 'mixed' },
  { name: '3.3: Huang — cell-penetrating peptide lipids raised uptake by endothelial cells [123]', from: 'strategy/cpp-lipid-surface-modification', relation: 'increases', to: 'mechanism/cellular-uptake', ref: 123, level: 'in_vitro' },
  { name: '3.3: Wu — CREKA exosomes increased bone repair in rat femoral defect [124]', from: 'strategy/creka-surface-modification', relation: 'improves', to: 'disease/femoral-bone-defect', ref: 124, level: 'animal', species: 'rat' },
  { name: '3.3: Chen — printed ECM/GelMA/exosome scaffold regenerated rabbit osteochondral defects [125]', from: 'strategy/ecm-gelma-exosome-scaffold', relation: 'improves', to: 'disease/osteochondral-defect', ref: 125, level: 'animal', section: '3.3', species: 'rabbit' },
  { name: '3.3: Sun — SF/COL-1/nHA exosome scaffold repaired rat alveolar bone [127]', from: 'strategy/sf-col1-nha-exosome-scaffold', relation: 'improves', to: 'disease/alveolar-bone-defect', ref: 127, level: 'animal', section: '3.3', species: 'rat' },
  { name: '3.3: exosome limitations include low yield [109,128]', from: 'challenge/low-yield', relation: 'limits', to: 'therapy/msc-exosome', ref: 128, level: 'review' },
  { name: '3.3: cell fragmentation into biomimetic vesicles raises EV yield [129]', from: 'strategy/cell-fragmentation', relation: 'addresses', to: 'challenge/low-yield', ref: 129, level: 'review' },

  // ---- Table 2 rows
  { name: 'Table 2: hypoxia-preconditioned MSC exosomes repaired mouse SCI [136]', from: 'strategy/hypoxic-preconditioning', relation: 'improves', to: 'disease/spinal-cord-injury', ref: 136, level: 'animal', section: 'Table 2', species: 'mouse' },
  { name: 'Table 2: hypoxia raised exosomal miR-216a-5p, a result the row marks in vitro [136]', from: 'strategy/hypoxic-preconditioning', relation: 'increases', to: 'factor/mir-216a-5p', ref: 136, level: 'in_vitro', section: 'Table 2' },
  { name: 'Table 2: microglia polarised from M1 to M2 [136]', from: 'strategy/hypoxic-preconditioning', relation: 'increases', to: 'mechanism/macrophage-polarisation', ref: 136, level: 'animal', section: 'Table 2' },
  { name: 'Table 2: IFN-γ-pretreated MSC exosomes raised miR-125b in colitis [117]', from: 'strategy/ifn-g-preconditioning', relation: 'increases', to: 'factor/mir-125b', ref: 117, level: 'animal', section: 'Table 2', species: 'mouse' },
  { name: 'Table 2: IFN-γ-pretreated MSC exosomes in mouse colitis [117]', from: 'strategy/ifn-g-preconditioning', relation: 'improves', to: 'disease/colitis', ref: 117, level: 'animal', section: 'Table 2', species: 'mouse' },
  { name: 'Table 2: doxorubicin-incubated exosomes against osteosarcoma MG63 cells [137]', from: 'strategy/doxorubicin-loading', relation: 'improves', to: 'disease/osteosarcoma', ref: 137, level: 'in_vitro', section: 'Table 2' },
  { name: 'Table 2: MIF-transduced MSC exosomes improved rat heart function after MI [138]', from: 'strategy/mif-overexpression', relation: 'improves', to: 'disease/myocardial-infarction', ref: 138, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: miR-145 exosomes inhibited metastasis of T47D cells [139]', from: 'strategy/mir-145-overexpression', relation: 'inhibits', to: 'mechanism/metastasis', ref: 139, level: 'in_vitro', section: 'Table 2' },
  { name: 'Table 2: miR-125b exosomes in rat neointimal hyperplasia [140]', from: 'strategy/mir-125b-overexpression', relation: 'improves', to: 'disease/neointimal-hyperplasia', ref: 140, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: miR-125b exosomes suppressed smooth muscle cell proliferation [140]', from: 'strategy/mir-125b-overexpression', relation: 'inhibits', to: 'target_cell/smooth-muscle-cell', ref: 140, level: 'animal', section: 'Table 2' },
  { name: 'Table 2: HIF-1α exosomes — angiogenesis and cardioprotection in rat MI [119]', from: 'strategy/hif-1a-overexpression', relation: 'improves', to: 'disease/myocardial-infarction', ref: 119, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: PF-127 exosomes raised angiogenesis in diabetic rat wounds [121]', from: 'strategy/f127-hydrogel', relation: 'increases', to: 'mechanism/angiogenesis', ref: 121, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: exosomes in adhesive peptide hydrogel — nerve recovery in mouse SCI [141]', from: 'strategy/adhesive-peptide-hydrogel', relation: 'improves', to: 'disease/spinal-cord-injury', ref: 141, level: 'animal', section: 'Table 2', species: 'mouse' },
  { name: 'Table 2: functional peptide hydrogel exosomes in rat cardiac infarction [142]', from: 'strategy/functional-peptide-hydrogel', relation: 'improves', to: 'disease/myocardial-infarction', ref: 142, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: printed ECM/GelMA/exosome scaffold polarised macrophages M1→M2 [125]', from: 'strategy/ecm-gelma-exosome-scaffold', relation: 'increases', to: 'mechanism/macrophage-polarisation', ref: 125, level: 'animal', section: 'Table 2', species: 'rabbit' },
  { name: 'Table 2: 3D-printed SF/COL-1/nHA/exosome scaffold raised osteogenesis [127]', from: 'strategy/sf-col1-nha-exosome-scaffold', relation: 'increases', to: 'mechanism/osteogenesis', ref: 127, level: 'animal', section: 'Table 2', species: 'rat' },
  { name: 'Table 2: BDNF-stimulated MSC exosome scaffold in rat traumatic brain injury [126]', from: 'strategy/bdnf-exosome-collagen-chitosan-scaffold', relation: 'improves', to: 'disease/traumatic-brain-injury', ref: 126, level: 'animal', section: 'Table 2', species: 'rat' },

  // ---- 3.4 Exosome trials
  { name: '3.4: Sengupta — ExoFlo as a candidate for severe COVID-19 [130]', from: 'therapy/exoflo', relation: 'improves', to: 'disease/severe-covid-19', ref: 130, level: 'clinical', outcome: 'positive' },
  { name: '3.4: Sengupta — ExoFlo well tolerated in 24 critically ill patients with ARDS [130]', from: 'therapy/exoflo', relation: 'tested_in', to: 'disease/covid-19-ards', ref: 130, level: 'clinical', outcome: 'safety_only' },
  { name: '3.4: MEXCOVID — nebulised adipose MSC exosomes, no adverse events [131]', from: 'therapy/ad-msc-exosome', relation: 'tested_in', to: 'disease/covid-19', ref: 131, level: 'clinical', outcome: 'safety_only' },
  { name: '3.4: MEXCOVID — slight rise in lymphocytes, better pulmonary lesions [131]', from: 'therapy/ad-msc-exosome', relation: 'improves', to: 'disease/covid-19', ref: 131, level: 'clinical', outcome: 'positive' },
  { name: '3.4: Chu — nebulised MSC exosomes in COVID-19 pneumonia [132]', from: 'therapy/msc-exosome', relation: 'improves', to: 'disease/covid-19-pneumonia', ref: 132, level: 'clinical', outcome: 'positive' },
  { name: '3.4: exosome therapy for COVID-19 showed no adverse effects, IV or inhaled [130–132]', from: 'therapy/msc-exosome', relation: 'tested_in', to: 'disease/covid-19', ref: 131, level: 'clinical', section: '3.4', outcome: 'safety_only' },
];

/** Section 4 prints no citations; these claims are checked by section and an empty reference list. */
// prettier-ignore
const UNCITED: { name: string; from: string; relation: string; to: string; section: string }[] = [
  { name: '4: low yield and purity of MSC exosomes', from: 'challenge/low-yield', relation: 'limits', to: 'therapy/msc-exosome', section: '4' },
  { name: '4: strict, unharmonised regulation of MSC products', from: 'challenge/regulation', relation: 'limits', to: 'therapy/msc', section: '4' },
  { name: '4: lack of reproducibility between studies', from: 'challenge/reproducibility', relation: 'limits', to: 'therapy/msc', section: '4' },
  { name: '4: exosomes play a key role in the therapeutic effects of MSCs', from: 'therapy/msc', relation: 'acts_through', to: 'mechanism/exosome-secretion', section: '4' },
  { name: 'Figure 1: MSCs act through mitochondrial transfer', from: 'therapy/msc', relation: 'acts_through', to: 'mechanism/mitochondrial-transfer', section: 'Figure 1' },
];

/** Things the review does not claim: no such edge may exist. */
// prettier-ignore
const ABSENT: { name: string; from: string; relation: string; to: string }[] = [
  { name: 'AMR trial [92] showed no benefit: BM-MSCs do not "improve" kidney graft AMR', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/kidney-graft-amr' },
  { name: 'AMR trial [92] showed no benefit: MSCs do not "improve" kidney graft AMR', from: 'therapy/msc', relation: 'improves', to: 'disease/kidney-graft-amr' },
  { name: 'Kostennikov [122]: fibrin-encapsulated EVs are not an "improves" claim', from: 'strategy/fibrin-matrix-encapsulation', relation: 'improves', to: 'disease/spinal-cord-injury' },
  { name: 'AMASCIS [134]: no difference from placebo in acute ischemic stroke', from: 'therapy/ad-msc', relation: 'improves', to: 'disease/acute-ischemic-stroke' },
  { name: 'Placenta MSCs [99]: no difference in COVID-19 ARDS', from: 'therapy/placenta-msc', relation: 'improves', to: 'disease/covid-19-ards' },
  { name: 'Cardiomyopathy [133]: no lasting benefit shown', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/cardiomyopathy' },
  { name: 'PASSIoN [135]: safety and feasibility only', from: 'therapy/bm-msc', relation: 'improves', to: 'disease/perinatal-arterial-ischemic-stroke' },
  { name: 'ISCT [27]: CD34 is a negative marker, never "expressed"', from: 'therapy/msc', relation: 'expresses', to: 'factor/cd34' },
  { name: 'ISCT [27]: CD45 is a negative marker, never "expressed"', from: 'therapy/msc', relation: 'expresses', to: 'factor/cd45' },
  { name: 'MISEV2018 [108]: apolipoproteins mark contamination, not exosome cargo', from: 'therapy/msc-exosome', relation: 'expresses', to: 'factor/apolipoprotein-a1-a2' },
  { name: 'Heat shock [73] raised HSP70, it did not inhibit it', from: 'strategy/heat-shock-preconditioning', relation: 'inhibits', to: 'factor/hsp70' },
  { name: 'Hypoxia [72] raised VEGF, it did not inhibit it', from: 'strategy/hypoxic-preconditioning', relation: 'inhibits', to: 'factor/vegf' },
  { name: 'miR-125a/b [117] suppress Th17 cells, they do not increase them', from: 'factor/mir-125a', relation: 'increases', to: 'target_cell/th17-cell' },
];

describe('claims of the review in the shipped graph', () => {
  it('loads the graph', () => {
    expect(graph).toBeDefined();
  });

  it('has at least 35 cited claims, covering both tables', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(35);
    expect(CLAIMS.some((c) => c.section === 'Table 1')).toBe(true);
    expect(CLAIMS.some((c) => c.section === 'Table 2')).toBe(true);
  });

  it.each(CLAIMS)('$name', (claim) => {
    const key = edgeKey(claim);
    expect(graph!.hasEdge(key), `edge ${key}`).toBe(true);
    const citing = evidenceOf(key).filter((e) => e.refs.includes(claim.ref));
    expect(citing.length, `${key}: an item citing [${claim.ref}]`).toBeGreaterThan(0);
    expect(
      citing.some(fits(claim)),
      `${key}: an item citing [${claim.ref}] with level ${claim.level}` +
        (claim.section ? `, section ${claim.section}` : '') +
        (claim.species ? `, species ${claim.species}` : '') +
        (claim.outcome ? `, outcome ${claim.outcome}` : '') +
        `; found ${JSON.stringify(citing.map(({ section, level, species, outcome }) => ({ section, level, species, outcome })))}`,
    ).toBe(true);
  });
});

describe('uncited statements (expert opinion, figure legends)', () => {
  it.each(UNCITED)('$name', (claim) => {
    const key = edgeKey(claim);
    expect(graph!.hasEdge(key), `edge ${key}`).toBe(true);
    const items = evidenceOf(key).filter((e) => e.section === claim.section);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.refs.length === 0 && e.level === 'review')).toBe(true);
  });
});

describe('what the review does not claim', () => {
  it.each(ABSENT)('$name', (claim) => {
    expect(graph!.hasEdge(edgeKey(claim))).toBe(false);
  });

  it('never marks the AMR kidney trial [92] as a benefit', () => {
    const items = graph!
      .inEdges('disease/kidney-graft-amr')
      .flatMap((key) => evidenceOf(key))
      .filter((e) => e.refs.includes(92));
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) expect(['adverse', 'no_effect']).toContain(e.outcome);
  });

  it('records the negative identity markers of ISCT [27] as lacks', () => {
    for (const marker of ['cd34', 'cd45', 'cd11b', 'cd31']) {
      const key = `therapy/msc--lacks--factor/${marker}`;
      expect(graph!.hasEdge(key), key).toBe(true);
      expect(evidenceOf(key).some((e) => e.refs.includes(27))).toBe(true);
    }
  });

  it('keeps every Table 1 row clinical with an outcome, and every Table 2 row pre-clinical', () => {
    const all = graph!.edges().flatMap((key) => evidenceOf(key));
    const t1 = all.filter((e) => e.section === 'Table 1');
    const t2 = all.filter((e) => e.section === 'Table 2');
    expect(t1.length).toBeGreaterThan(0);
    expect(t2.length).toBeGreaterThan(0);
    for (const e of t1) {
      expect(e.level).toBe('clinical');
      expect(e.outcome).toBeDefined();
    }
    for (const e of t2) expect(['animal', 'in_vitro']).toContain(e.level);
    // A row with "In vivo (…)" is recorded as animal on every edge it supports, except a result the
    // row itself marks "(in vitro)".
    for (const e of t2.filter((x) => /In vivo \(/.test(x.quote)))
      if (e.level !== 'animal') expect(e.quote, e.quote).toMatch(/\(in vitro\)/);
  });
});
