import * as z from 'zod/mini';
import type { Dataset } from '../../dataset/dataset';
import { datasetFromImport } from '../../dataset/datasetFromImport';
import { layoutForImport } from '../../formats/layoutForImport';
import { readDataset } from '../../formats/readDataset';
import { firstIssue } from '../../formats/schema/graphShape';
import { READ_FORMATS, type ImportReport } from '../../formats/types';
import type { DatasetGraph } from '../../formats/writers/datasetGraph';
import { writeBundle } from '../../formats/writers/writeJson';
import { RECORD_VERSION, type StoredBundle, type StoredGraphMeta } from '../../io/openedGraphs';

const entryShape = z.looseObject({ what: z.string(), why: z.string() });
const count = z.number().check(z.int(), z.minimum(0));

const reportShape = z.looseObject({
  format: z.enum(READ_FORMATS),
  file: z.string(),
  nodes: count,
  edges: count,
  read: z.looseObject({ nodes: count, edges: count, positions: count, stories: count }),
  mapped: z.array(z.looseObject({ what: z.string(), to: z.string(), why: z.string() })),
  merged: z.array(entryShape),
  dropped: z.array(entryShape),
  problems: z.array(entryShape),
});

const metaShape = z.object({
  v: z.literal(RECORD_VERSION),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  origin: z.union([
    z.object({ kind: z.literal('file'), name: z.string() }),
    z.object({ kind: z.literal('url'), url: z.string() }),
  ]),
  openedAt: z.iso.datetime(),
  report: reportShape,
  view: z.string(),
  nodes: count,
  edges: count,
});

const bundleShape = z.object({ id: z.string(), text: z.string() });

/** The list entry of a stored graph, or why the record cannot be read. */
export const checkStoredMeta = (value: unknown): { meta: StoredGraphMeta } | { issue: string } => {
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > RECORD_VERSION)
    return { issue: `written by a newer version of this explorer (record version ${version})` };
  const parsed = metaShape.safeParse(value);
  return parsed.success ? { meta: parsed.data as StoredGraphMeta } : { issue: firstIssue(parsed.error) };
};

export interface RestoredGraph {
  dataset: Dataset;
  report: ImportReport;
  /** The workspace to apply (a query string of the view codec). */
  view: string;
}

/**
 * A stored graph as the app shows it, read with the same checks as an opened file (readDataset on
 * our bundle JSON), or why it cannot be.
 */
export const restoreStored = (meta: StoredGraphMeta, bundle: unknown): RestoredGraph | { issue: string } => {
  const shaped = bundleShape.safeParse(bundle);
  if (!shaped.success)
    return { issue: bundle === undefined ? 'its graph is missing' : 'its graph is not text' };
  const read = readDataset([{ name: meta.name, text: shaped.data.text }], 'json');
  if (!read.ok) return { issue: read.error };
  try {
    const positions = read.dataset.positions ?? layoutForImport(read.dataset);
    const dataset = datasetFromImport(read.dataset, positions, meta.origin);
    if (dataset.id !== meta.id) return { issue: `it names ${dataset.id}, not ${meta.id}` };
    const { order, size } = dataset.graph;
    if (order !== meta.nodes || size !== meta.edges)
      return {
        issue: `its graph has ${order} nodes and ${size} edges, but ${meta.nodes} and ${meta.edges} were kept`,
      };
    return { dataset, report: meta.report as ImportReport, view: meta.view };
  } catch (error) {
    return { issue: `cannot be shown (${(error as Error).message})` };
  }
};

/** What to store for an opened graph: its list entry and its lossless bundle. */
export const storedRecordOf = (
  dataset: Dataset,
  report: ImportReport,
  view: string,
  openedAt = new Date(),
): { meta: StoredGraphMeta; bundle: StoredBundle } | undefined => {
  const { origin } = dataset;
  if (origin.kind === 'bundled') return undefined;
  const name = origin.kind === 'file' ? origin.name : origin.url;
  const text = writeBundle(
    dataset.graph as unknown as DatasetGraph,
    dataset.schema,
    dataset.positions,
    dataset.stories,
  );
  return {
    meta: {
      v: RECORD_VERSION,
      id: dataset.id,
      name,
      origin,
      openedAt: openedAt.toISOString(),
      report,
      view,
      nodes: dataset.graph.order,
      edges: dataset.graph.size,
    },
    bundle: { id: dataset.id, text },
  };
};
