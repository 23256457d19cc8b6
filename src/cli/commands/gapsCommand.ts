import { ENTITY_TYPE_IDS, isEntityType, type EntityType } from '../../model/entityTypes';
import { gapMatrixCsv, gapMatrixJson } from '../../model/gaps/gapExport';
import { collectGapItems } from '../../model/gaps/gapItems';
import { gapMatrix } from '../../model/gaps/gapMatrix';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';
import { writeOutput } from '../writeOutput';

const axisType = (name: string, value: string | undefined, fallback: EntityType): EntityType => {
  if (value === undefined) return fallback;
  if (!isEntityType(value) || value === 'paper') {
    throw new CliError(
      `--${name} must be an entity type (${ENTITY_TYPE_IDS.filter((t) => t !== 'paper').join(', ')}), not "${value}"`,
    );
  }
  return value;
};

/** `kg gaps`: the gap map computed exactly as the app does (all evidence, no filters). */
export const runGaps = (options: Options): number => {
  const rows = axisType('rows', options.rows, 'strategy');
  const cols = axisType('cols', options.cols, 'disease');
  if (rows === cols) throw new CliError('--rows and --cols must be different types');
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new CliError(`unknown format "${format}"; expected json or csv`);
  const rollUp =
    options.rollup === undefined
      ? true
      : options.rollup === 'yes'
        ? true
        : options.rollup === 'no'
          ? false
          : undefined;
  if (rollUp === undefined) throw new CliError('--rollup must be yes or no');
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const matrix = gapMatrix(loaded.graph, collectGapItems(loaded.graph), { rows, cols, rollUp });
  const text =
    format === 'csv' ? gapMatrixCsv(matrix) : `${JSON.stringify(gapMatrixJson(matrix), null, 2)}\n`;
  writeOutput(options.out, text);
  return 0;
};
