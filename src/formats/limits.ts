/**
 * The bounds every reader works within, so that no file can cost unbounded time or memory. Checked
 * before the expensive step they protect (the byte size before decoding, the nesting depth before
 * JSON.parse, the counts while reading).
 */
export const LIMITS = {
  /** Bytes of one file. */
  fileBytes: 64 * 1024 * 1024,
  nodes: 100_000,
  edges: 250_000,
  /** Characters of one attribute value or XML text; longer values are dropped and reported. */
  valueChars: 1_000_000,
  /** Characters of a node or edge id. */
  idChars: 1_000,
  /** Labels longer than this are shortened for display (the full text stays in `original.label`). */
  labelChars: 500,
  /** Attributes of one element. */
  attributes: 500,
  /** Nesting depth of JSON values and of XML elements. */
  depth: 64,
  /** Distinct values of an attribute that can still be read as entity types or relations. */
  categories: 24,
  /** Examples kept per kind of report entry; the rest are counted. */
  reportExamples: 20,
} as const;

export type Limits = typeof LIMITS;
