import Papa from 'papaparse';
import { at, ReadError } from '../readError';
import type { ReportBuilder } from '../assemble/reportBuilder';

export interface CsvRow {
  cells: string[];
  /** `file:line` of the row's first line. */
  where: string;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

/** Our CSV writer prefixes `'` to cells a spreadsheet would run as formulas; undone here. */
const unneutralise = (cell: string): string => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell);

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

/**
 * One CSV table through papaparse (delimiter sniffed from the first rows), each row with its line.
 * Stops, naming the line, at a quoted field that never closes or at more than `maxRows` rows.
 * `firstLine` places a table cut out of a larger text.
 */
export const parseCsvTable = (
  text: string,
  file: string,
  maxRows: number,
  report: ReportBuilder,
  firstLine = 1,
): CsvTable => {
  const rows: CsvRow[] = [];
  let header: string[] | undefined;
  let cursor = 0;
  let line = firstLine;
  let failure: ReadError | undefined;
  // papaparse sniffs the delimiter by parsing its whole input once per candidate (5.7 s for a
  // million rows), so it sniffs a sample; 'greedy' keeps a blank last line from defeating it.
  const sample = text.slice(0, 65_536);
  const delimiter = Papa.parse<string[]>(sample.slice(0, sample.lastIndexOf('\n') + 1) || sample, {
    delimiter: '',
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta.delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const where = at(file, line);
      for (
        let i = text.indexOf('\n', cursor);
        i !== -1 && i < result.meta.cursor;
        i = text.indexOf('\n', i + 1)
      )
        line++;
      cursor = result.meta.cursor;
      if (result.errors.some((e) => e.code === 'InvalidQuotes'))
        report.problem('a stray quote', 'a " inside a field that is not quoted: read as it stands', where);
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        failure = new ReadError(where, 'a quoted field is never closed (a " without its closing ")');
        return parser.abort();
      }
      const cells = result.data.map(unneutralise);
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (!header) {
        header = cells.map((c) => c.trim());
        return;
      }
      if (rows.length >= maxRows) {
        failure = new ReadError(where, `more than ${maxRows} rows; this explorer reads up to ${maxRows}`);
        return parser.abort();
      }
      rows.push({ cells, where });
    },
  });
  if (failure) throw failure;
  if (!header) throw new ReadError(file, 'the table has no header row');
  const seen = new Set<string>();
  header = header.map((name, i) => {
    let unique = name === '' ? `column_${i + 1}` : name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
    if (unique !== name)
      report.map(
        `column ${i + 1} ("${name}")`,
        unique,
        name === '' ? 'it has no name' : 'its name is used twice',
      );
    seen.add(unique.toLowerCase());
    return unique;
  });
  if (header.length > 1)
    report.map(
      'delimiter',
      DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter),
      `sniffed from the first rows of ${file}`,
    );
  return { file, header, rows, delimiter };
};

/** The index of the column named like the first of `names` that has one (without case), or -1. */
export const columnOf = (table: CsvTable, names: readonly string[]): number => {
  const lower = table.header.map((h) => h.toLowerCase());
  for (const name of names) if (lower.includes(name)) return lower.indexOf(name);
  return -1;
};
