import { writeFileSync } from 'node:fs';
import { comparisonCsv, comparisonJson } from '../../model/compare/compareExport';
import { comparable, compareNeighbourhoods } from '../../model/compare/compareNeighbourhoods';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';

/** `kg compare A B [C]`: shared and unique neighbours by relation kind, as in the app's comparison. */
export const runCompare = (options: Options, ids: string[]): number => {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new CliError(`unknown format "${format}"; expected json or csv`);
  const narrower = options.narrower ?? 'no';
  if (narrower !== 'yes' && narrower !== 'no') throw new CliError('--narrower must be yes or no');
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const why = comparable(loaded.graph, ids);
  if (why) throw new CliError(`cannot compare ${ids.join(', ')}: ${why}`);
  const c = compareNeighbourhoods(loaded.graph, ids, { narrower: narrower === 'yes' });
  const text =
    format === 'csv'
      ? comparisonCsv(loaded.graph, c)
      : `${JSON.stringify(comparisonJson(loaded.graph, c), null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return 0;
};
