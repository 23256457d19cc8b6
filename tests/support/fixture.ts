import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The review's schema.yaml with the fixture's own source paper: the vocabulary the fixture uses. */
const FIXTURE_SCHEMA = readFileSync(resolve(__dirname, '../../graph-data/schema.yaml'), 'utf8').replace(
  /^source:\n(?: {2}.*\n)+/m,
  'source:\n  title: A review\n  authors: [Someone]\n  citation: Someone. Journal. 2023.\n  short: Someone 2023\n  doi: 10.1000/xyz\n',
);

/** A small, valid graph-data folder; tests override single files to break it in one way. */
export const VALID_FILES: Record<string, string> = {
  'schema.yaml': FIXTURE_SCHEMA,
  'groups.yaml':
    'disease:\n  - { id: heart, label: Heart }\ntherapy:\n  - { id: cells, label: Cells }\n  - { id: vesicles, label: Vesicles }\n',
  'papers.yaml': [
    '- ref: 1',
    '  authors: Ishiuchi N, Nakashima A, et al.',
    '  title: Hypoxia-preconditioned MSCs prevent renal fibrosis',
    '  journal: Stem Cell Res Ther',
    '  year: 2020',
    '  pmid: "11111111"',
    '- ref: 2',
    '  authors: Wang T, Xu Z',
    '  title: Cell-to-cell contact induces differentiation',
    '  year: 2006',
    '',
  ].join('\n'),
  'entities/therapy.yaml': [
    '- id: therapy/msc',
    '  label: MSCs',
    '  aliases: [mesenchymal stem cells]',
    '  description: Stromal cells.',
    '  group: cells',
    '- id: therapy/bm-msc',
    '  label: BM-MSCs',
    '  broader: therapy/msc',
    '  description: From bone marrow.',
    '  group: cells',
    '- id: therapy/msc-exosome',
    '  label: MSC exosomes',
    '  description: Vesicles.',
    '  group: vesicles',
    '',
  ].join('\n'),
  'entities/strategy.yaml': [
    '- id: strategy/hypoxic-preconditioning',
    '  label: Hypoxic preconditioning',
    '  aliases: [hypoxia preconditioning]',
    '  description: Low oxygen before use.',
    '  family: preconditioning',
    '',
  ].join('\n'),
  'entities/factor.yaml':
    '- id: factor/vegf\n  label: VEGF\n  aliases: [vascular endothelial growth factor]\n  description: A growth factor.\n',
  'entities/disease.yaml':
    '- id: disease/heart-attack\n  label: Myocardial infarction\n  aliases: [MI]\n  description: Heart muscle death.\n  group: heart\n',
  'relations/2.3.1.yaml': [
    '# hypoxia',
    '- from: strategy/hypoxic-preconditioning',
    '  relation: increases',
    '  to: factor/vegf',
    '  evidence:',
    '    - quote: "hypoxic preconditioning increased the production of VEGF [1]."',
    '      section: "2.3.1"',
    '      refs: [1]',
    '      level: animal',
    '      certainty: stated',
    '      involves: [therapy/msc]',
    '- from: strategy/hypoxic-preconditioning',
    '  relation: improves',
    '  to: disease/heart-attack',
    '  evidence:',
    '    - quote: "MSCs improved the heart [2]."',
    '      section: "2.2"',
    '      refs: [2]',
    '      level: in_vitro',
    '      certainty: stated',
    '      involves: [therapy/bm-msc]',
    '',
  ].join('\n'),
  'relations/table.yaml': [
    '- from: strategy/hypoxic-preconditioning',
    '  relation: increases',
    '  to: factor/vegf',
    '  evidence:',
    '    - quote: "Hypoxia | In vivo (Rat) | VEGF up | [1]"',
    '      section: "Table 2"',
    '      refs: [1]',
    '      level: animal',
    '      certainty: stated',
    '      species: rat',
    '',
  ].join('\n'),
};

/** The source text those quotes come from. */
export const FIXTURE_SOURCE =
  'In mice, hypoxic   preconditioning increased the production of VEGF [1]. Also, MSCs improved the heart [2].\n' +
  '| Hypoxia | In vivo (Rat) | VEGF up | [1] |\n';

/** Writes graph-data files (VALID_FILES with overrides; `null` deletes one) to a fresh folder. */
export const makeGraphData = (overrides: Record<string, string | null> = {}): string => {
  const root = join(mkdtempSync(join(tmpdir(), 'kg-fixture-')), 'graph-data');
  const files = { ...VALID_FILES, ...overrides };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
};

/** A copy of a graph-data folder in a fresh temp dir, with some files rewritten. */
export const copyGraphData = (root: string, edits: Record<string, (text: string) => string> = {}): string => {
  const target = join(mkdtempSync(join(tmpdir(), 'kg-copy-')), 'graph-data');
  cpSync(root, target, { recursive: true });
  for (const [name, edit] of Object.entries(edits)) {
    const path = join(target, name);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return target;
};
