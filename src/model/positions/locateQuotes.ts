import { normaliseForMatch } from '../quotes';
import type { Paragraph } from './reviewParagraphs';

/** Where a quote stands: its paragraph, the sentence it starts in (1-based) and how many it spans. */
export interface QuotePosition {
  p: number;
  s: number;
  n: number;
}

/** A stable key for a statement: FNV-1a (64 bit, hex) of its section and normalised quote. */
export const quoteKey = (section: string, quote: string): string => {
  let hash = 0xcbf29ce484222325n;
  for (const char of `${section}|${normaliseForMatch(quote)}`) {
    hash ^= BigInt(char.codePointAt(0)!);
    hash = BigInt.asUintN(64, hash * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12);
};

/** The text with whitespace, quote marks and dashes normalised away, and where each kept character came from. */
const normalisedWithOffsets = (text: string): { haystack: string; origin: number[] } => {
  const origin: number[] = [];
  let haystack = '';
  for (let i = 0; i < text.length; i++) {
    const kept = normaliseForMatch(text[i]!);
    for (const c of kept) {
      haystack += c;
      origin.push(i);
    }
  }
  return { haystack, origin };
};

/**
 * Finds each quote in the text, inside a paragraph of its own section when it occurs in several
 * places (the abstract repeats the highlights), and says where it stands. Returns undefined for a
 * quote that is not in the text or not in a paragraph of its section.
 */
export const quoteLocator = (text: string, paragraphs: readonly Paragraph[]) => {
  const { haystack, origin } = normalisedWithOffsets(text);
  return (section: string, quote: string): QuotePosition | undefined => {
    const needle = normaliseForMatch(quote);
    if (needle.length === 0) return undefined;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const start = origin[at]!;
      const end = origin[at + needle.length - 1]!;
      const paragraph = paragraphs.find((p) => p.section === section && p.start <= start && start <= p.end);
      if (!paragraph) continue;
      const first = paragraph.sentenceStarts.filter((s) => s <= start).length;
      const last = paragraph.sentenceStarts.filter((s) => s <= end).length;
      return { p: paragraph.number, s: first, n: last - first + 1 };
    }
    return undefined;
  };
};
