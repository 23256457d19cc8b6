import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';
import { writeOutput } from '../writeOutput';

const FORMATS = ['graphology'] as const;

export const runExport = (options: Options): number => {
  const format = options.format;
  if (!format) throw new CliError('export needs --format (graphology)');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
  }
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  // graphology's own serialization, as it has always been: the schema travels in `json` exports.
  const { schema: _schema, ...attributes } = loaded.graph.getAttributes();
  const text = `${JSON.stringify({ ...loaded.graph.export(), attributes }, null, 2)}\n`;
  if (options.out) {
    writeOutput(options.out, text);
    console.error(
      `wrote ${loaded.graph.order} entities and ${loaded.graph.size} relations to ${options.out}`,
    );
  } else {
    writeOutput(undefined, text);
  }
  return 0;
};
