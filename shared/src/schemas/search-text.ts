/**
 * How a search text splits into terms: the same way the API's text index (minisearch) splits it, so the limit
 * on terms that the filter schema checks is the limit the index sees (punctuation separates terms too).
 */
const TERM_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u

/**
 * More terms make a query slower and no better: each term is looked up, then all are intersected. 20 lets a
 * whole event title be pasted (the longest in the press release has 12 terms).
 */
export const MAX_SEARCH_TERMS = 20

export const searchTermsOf = (text: string): string[] =>
  text.split(TERM_SEPARATOR).filter((term) => term.length > 0)
