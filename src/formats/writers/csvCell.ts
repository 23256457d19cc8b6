import { neutraliseFormula } from '../../model/escape/csv';

/**
 * One CSV cell of a graph export. Formula cells are neutralised as in every CSV the app writes
 * (`neutraliseFormula`, src/model/escape/csv.ts: a leading apostrophe; plain numbers stay numbers);
 * text that already starts with an apostrophe gets one more, so that our reader can undo both exactly.
 * A cell with a comma, quote, line break or edge spaces is quoted. (papaparse's `escapeFormulae`
 * misses formulas that span lines: its pattern has no `s` flag.)
 */
export const csvCell = (value: string | number | boolean | undefined): string => {
  if (value === undefined) return '';
  const raw = String(value);
  const text = typeof value !== 'string' ? raw : raw.startsWith("'") ? `'${raw}` : neutraliseFormula(raw);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvRow = (cells: (string | number | boolean | undefined)[]): string =>
  cells.map(csvCell).join(',');
