/** A reference's volume, issue and pages (and a book's publisher), split from how the list prints them. */
export interface VolumePages {
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
}

const clean = (parts: VolumePages): VolumePages =>
  Object.fromEntries(
    Object.entries(parts)
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, v!.trim()]),
  );

/**
 * Splits `volume_pages` as stored in papers.yaml (what follows the year in the printed list):
 * "10(8):1959" → volume 10, issue 8, pages 1959; "6:e6072" → volume and pages; ":5911–5926" →
 * pages only (printed straight after the year); "Springer; 2019. p. 41–55" → a book's publisher
 * and pages; "2021. p. 5288" → pages. Anything else is taken as the volume.
 */
export const splitVolumePages = (text: string | undefined): VolumePages => {
  if (!text) return {};
  const s = text.trim();
  const book = /^([^;]+);\s*\d{4}(?:\.\s*p\.\s*(.+))?$/.exec(s);
  if (book) return clean({ publisher: book[1], pages: book[2] });
  const pagesOnly = /^(?:\d{4}\.\s*p\.\s*|:)(.+)$/.exec(s);
  if (pagesOnly) return clean({ pages: pagesOnly[1] });
  const journal = /^([^():]+?)(?:\(([^)]+)\))?(?::(.+))?$/.exec(s);
  if (journal) return clean({ volume: journal[1], issue: journal[2], pages: journal[3] });
  return clean({ volume: s });
};

/** "41–55" as BibTeX writes a page range ("41--55"). */
export const bibtexPages = (pages: string): string => pages.replace(/\s*[–—-]\s*/g, '--');

/** First and last page of a range ("F1474–F1483" → ["F1474", "F1483"]). */
export const pageRange = (pages: string): [string, string | undefined] => {
  const [first, last] = pages.split(/\s*[–—-]\s*/);
  return [first!, last];
};
