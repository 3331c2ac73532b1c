/** Characters of raw text kept before and after a quote, so it can be found again after an edit. */
export const QUOTE_CONTEXT = 32;
