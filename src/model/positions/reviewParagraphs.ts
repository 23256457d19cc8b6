/**
 * The review's plain text as numbered paragraphs and sentences, the frame that quote positions
 * refer to. Computed from the text (which stays outside the project) by `kg positions` and by
 * `kg validate --source`; the app only ever sees the positions, never the text.
 */
export interface Paragraph {
  /** 1-based, in reading order over the whole text (page breaks mended). */
  number: number;
  /** The section whose heading comes before it. */
  section: string;
  /** Character offsets of the paragraph in the text. */
  start: number;
  end: number;
  /** Offsets (in the text) where each sentence starts. */
  sentenceStarts: number[];
}

/** Heads of lines that start a section ("2.3.1.", "Table 1.", "Abstract", …). */
const HEADING =
  /^(Abstract|Article highlights|Funding|Abbreviations|References|Graphical Abstract:|Author contributions|Declaration of interest|Reviewer disclosures|Keywords|Author Manuscript|Table [12]\.|Figure [123]\.|\d(?:\.\d){0,2}\. )/;

/** Parts of the text that are not the review's argument: front matter, funding, the reference list. */
const SKIPPED = [
  'References',
  'Funding',
  'Graphical Abstract:',
  'Author contributions',
  'Declaration of interest',
  'Reviewer disclosures',
  'Keywords',
  'Author Manuscript',
];

const sectionOf = (head: string, sections: readonly string[]): string | 'skip' => {
  if (SKIPPED.includes(head)) return 'skip';
  if (head === 'Article highlights') return sections.includes('Highlights') ? 'Highlights' : 'skip';
  const id = head.replace(/\.\s*$/, '').trim();
  return sections.includes(id) ? id : 'skip';
};

/** A sentence ends at . ? or ! (after a closing bracket or quote) before a capital, a digit or a bracket. */
const SENTENCE_END = /[.?!]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])/g;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS =
  /(?:\bet al|\be\.g|\bi\.e|\bvs|\bFig|\bFigs|\bapprox|\bca|\bDr|\bSt|\bNo|\bref|\brefs)\.$/;

const sentenceStarts = (text: string, start: number, end: number): number[] => {
  const starts = [start];
  const body = text.slice(start, end);
  for (const match of body.matchAll(SENTENCE_END)) {
    const before = body.slice(0, match.index + 1);
    // Not after an abbreviation, nor after the number of a heading that runs on ("2.3.1. Strategies").
    if (ABBREVIATIONS.test(before.trimEnd()) || /^\d+(?:\.\d+)*\.$/.test(before.trim())) continue;
    starts.push(start + match.index + match[0].length);
  }
  return starts;
};

const endsSentence = (line: string): boolean => /[.?!:]["'”’)\]]*\s*$/.test(line);

/**
 * Cuts the text into paragraphs (non-empty lines, a line that breaks off mid-sentence joined to the
 * next as a page break would have split it), assigns each the section of the heading before it,
 * and finds its sentences. Text before the first known section and the reference list are left out.
 */
export const reviewParagraphs = (text: string, sections: readonly string[]): Paragraph[] => {
  const out: Paragraph[] = [];
  let section: string | 'skip' = 'skip';
  let open: { start: number; end: number; section: string; row: boolean } | undefined;
  let number = 0;
  const close = () => {
    if (!open) return;
    number += 1;
    const { row, ...where } = open;
    // A table row is one statement: its cells are not split into sentences.
    if (where.section !== 'skip')
      out.push({
        number,
        ...where,
        sentenceStarts: row ? [where.start] : sentenceStarts(text, where.start, where.end),
      });
    open = undefined;
  };
  let offset = 0;
  let inReferences = false;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const found = HEADING.exec(line)?.[1];
    // In the reference list, "12. Author A…" is a reference, not section 12's heading; and
    // "Author Manuscript" is a page mark there, which changes nothing.
    const head: string | undefined = inReferences && found && /^\d/.test(found) ? undefined : found;
    if (head === 'Author Manuscript') continue;
    if (head) {
      close();
      inReferences = head === 'References';
      section = sectionOf(head.trim() === 'Abstract' ? 'Abstract' : head, sections);
      // A heading line alone is no paragraph; a figure legend, or a heading that runs on into its
      // first paragraph ("2.3.1. Strategies…—The protective effects…"), is.
      if (!head.startsWith('Figure') && !line.includes('—') && line.length < 120) continue;
    }
    const row = line.trimStart().startsWith('|');
    const continues = open && !open.row && !row && !endsSentence(text.slice(open.start, open.end));
    if (open && continues) open.end = start + line.length;
    else {
      close();
      open = { start, end: start + line.length, section, row };
    }
  }
  close();
  return out;
};
