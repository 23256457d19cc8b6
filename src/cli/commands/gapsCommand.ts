import { defaultGapAxes } from '../../model/gaps/gapAxes';
import { gapMatrixCsv, gapMatrixJson } from '../../model/gaps/gapExport';
import { collectGapItems } from '../../model/gaps/gapItems';
import { gapMatrix } from '../../model/gaps/gapMatrix';
import { vocabOf } from '../../model/vocabOf';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';
import { writeOutput } from '../writeOutput';

const axisType = (v: Vocabulary, name: string, value: string | undefined, fallback: string): string => {
  if (value === undefined) return fallback;
  const drawn = v.drawnTypes.map((t) => t.id);
  if (!drawn.includes(value))
    throw new CliError(`--${name} must be an entity type (${drawn.join(', ')}), not "${value}"`);
  return value;
};

const rollUpOption = (value: string | undefined): boolean => {
  if (value === undefined || value === 'yes') return true;
  if (value === 'no') return false;
  throw new CliError('--rollup must be yes or no');
};

/** `kg gaps`: the gap map computed exactly as the app does (all evidence, no filters). */
export const runGaps = (options: Options): number => {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new CliError(`unknown format "${format}"; expected json or csv`);
  const rollUp = rollUpOption(options.rollup);
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const v = vocabOf(loaded.graph);
  const [defaultRows, defaultCols] = defaultGapAxes(v);
  const rows = axisType(v, 'rows', options.rows, defaultRows);
  const cols = axisType(v, 'cols', options.cols, defaultCols);
  if (rows === cols) throw new CliError('--rows and --cols must be different types');
  const matrix = gapMatrix(loaded.graph, collectGapItems(loaded.graph), { rows, cols, rollUp });
  const text =
    format === 'csv' ? gapMatrixCsv(matrix, v) : `${JSON.stringify(gapMatrixJson(matrix), null, 2)}\n`;
  writeOutput(options.out, text);
  return 0;
};
