import { describe, expect, it } from 'vitest';
import { quoteMatcher } from '../../src/model/quotes';

describe('quote matching', () => {
  const occurs = quoteMatcher(
    'MSCs secrete transforming growth factor-1 (TGF- β 1), interferon- γ (IFN- γ)\nand the ‘so-called’ PGE2 — a lipid.',
  );

  it('ignores whitespace differences, including line breaks and the source’s odd spacing', () => {
    expect(occurs('transforming growth factor-1 (TGF-β1), interferon-γ (IFN-γ) and the')).toBe(true);
  });

  it('ignores typographic quote marks and dash types', () => {
    expect(occurs("the 'so-called' PGE2 - a lipid.")).toBe(true);
    expect(occurs('the “so‐called” PGE2')).toBe(false); // double quotes are not single quotes
  });

  it('does not ignore anything else', () => {
    expect(occurs('transforming growth factor-β1')).toBe(false);
    expect(occurs('MSCs secrete Transforming')).toBe(false);
    expect(occurs('')).toBe(false);
  });
});
