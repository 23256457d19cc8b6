/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, so Excel, LibreOffice and Google Sheets show it as text instead of
 * evaluating it. A plain number (`3`, `-2`, `-0.5`) is left as it is so that it stays a number: a
 * spreadsheet cannot run a number, and our counts must sort as numbers. Cells containing a comma, a
 * double quote, a line feed or a carriage return are quoted (a lone CR would otherwise end the row in
 * some readers), with quotes doubled.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\n\r]/;

export const neutraliseFormula = (text: string): string =>
  FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

export const csvCell = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
