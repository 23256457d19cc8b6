/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return, as OWASP's CSV-injection guidance lists) gets a leading apostrophe, and so does text that
 * already starts with one, so that our reader can undo it exactly. Numbers stay numbers. A cell with
 * a comma, quote, line break or edge spaces is quoted. (papaparse's `escapeFormulae` misses formulas
 * that span lines: its pattern has no `s` flag.)
 */
export const csvCell = (value: string | number | boolean | undefined): string => {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r']/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvRow = (cells: (string | number | boolean | undefined)[]): string =>
  cells.map(csvCell).join(',');
