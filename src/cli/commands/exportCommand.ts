import { exportDataset, isWriteFormat, WRITE_FORMATS } from '../../formats/exportDataset';
import { csvSections } from '../../formats/writers/writeCsv';
import type { DatasetGraph } from '../../formats/writers/datasetGraph';
import { writeGraphology } from '../../formats/writers/writeJson';
import { computeLayout } from '../../layout/computeLayout';
import { layoutInput } from '../../model/layoutInput';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';
import { writeOutput } from '../writeOutput';

/**
 * `kg export --format F [--out FILE]`: the graph in one of the formats (src/formats), with the
 * default layout the app ships and the guided stories. csv: `--out` is a prefix for
 * PREFIX.nodes.csv and PREFIX.edges.csv; on stdout both tables, each after a `# nodes.csv` /
 * `# edges.csv` line. graphology is written exactly as before the formats existed (the schema,
 * which travels in `json` exports, left out).
 */
export const runExport = (options: Options): number => {
  const format = options.format;
  if (!format) throw new CliError(`export needs --format (${WRITE_FORMATS.join(', ')})`);
  if (!isWriteFormat(format))
    throw new CliError(`unknown format "${format}"; expected one of ${WRITE_FORMATS.join(', ')}`);
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const graph = loaded.graph as unknown as DatasetGraph;
  const summary = `${loaded.graph.order} entities and ${loaded.graph.size} relations`;
  if (format === 'graphology') {
    writeOutput(options.out, writeGraphology(graph));
    if (options.out) console.error(`wrote ${summary} to ${options.out}`);
    return 0;
  }
  const positions = format === 'bel' ? undefined : computeLayout(layoutInput(loaded.graph));
  const files = exportDataset(format, {
    graph,
    schema: loaded.graph.getAttribute('schema'),
    positions,
    stories: loaded.data.stories.map((s) => s.value),
  });
  if (!options.out) {
    const [first, second] = files;
    writeOutput(
      undefined,
      format === 'csv' ? csvSections({ nodes: first!.text, edges: second!.text }) : first!.text,
    );
    return 0;
  }
  const paths = format === 'csv' ? files.map((f) => `${options.out}${f.suffix}`) : [options.out];
  files.forEach((f, i) => writeOutput(paths[i], f.text));
  console.error(`wrote ${summary} to ${paths.join(' and ')}`);
  return 0;
};
