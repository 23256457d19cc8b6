import { importFile } from '../../formats/importFile';
import { LIMITS } from '../../formats/limits';
import { READ_FORMATS, type ReadFormat } from '../../formats/types';
import { CliError, type Options } from '../args';
import { readFileBytes } from '../readText';

/**
 * `kg import FILE [FILE2] [--format F]`: reads a graph file as the app would and prints the import
 * report as JSON ({ format, nodes, edges, dropped, problems, then mapped, merged, read, file });
 * exit 1 with one line naming the file and place when the file cannot be read. Two files are a CSV
 * node table and edge table.
 */
export const runImport = async (options: Options, files: string[]): Promise<number> => {
  const format = options.format;
  if (format !== undefined && !(READ_FORMATS as readonly string[]).includes(format))
    throw new CliError(`unknown format "${format}"; expected one of ${READ_FORMATS.join(', ')}`);
  const inputs = files.map((name) => ({ name, bytes: readFileBytes(name, 'import', LIMITS.fileBytes) }));
  const result = await importFile(inputs, format ? { format: format as ReadFormat } : {});
  if (!result.ok) {
    console.error(`kg: ${result.error}`);
    return 1;
  }
  const {
    format: read,
    nodes,
    edges,
    dropped,
    problems,
    mapped,
    merged,
    read: counts,
    file,
  } = result.dataset.report;
  process.stdout.write(
    `${JSON.stringify({ format: read, nodes, edges, dropped, problems, mapped, merged, read: counts, file }, null, 2)}\n`,
  );
  return 0;
};
