import type { Options } from "csv-stringify/sync";

/**
 * OWASP's rule for CSV injection: a cell that starts with = + - @, a tab or a carriage return,
 * also after leading spaces or tabs, is prefixed with an apostrophe so a spreadsheet shows it as
 * text instead of running it. (csv-stringify's escape_formulas looks at the first character only.)
 */
export const escapeFormula = (value: string) =>
  /^[ \t\r]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;

/** The options of every CSV this app writes: a byte-order mark and formula escaping. */
export const CSV_OPTIONS = { bom: true, cast: { string: escapeFormula } } satisfies Options;
