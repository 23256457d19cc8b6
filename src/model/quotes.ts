/**
 * Quote matching: a quote must occur in the review's text, ignoring only differences
 * of whitespace, typographic quote marks and dashes.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

export const normaliseForMatch = (text: string): string =>
  text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(WHITESPACE, '');

/** Returns a predicate telling whether a quote occurs in `source`. */
export const quoteMatcher = (source: string): ((quote: string) => boolean) => {
  const haystack = normaliseForMatch(source);
  return (quote) => {
    const needle = normaliseForMatch(quote);
    return needle.length > 0 && haystack.includes(needle);
  };
};
