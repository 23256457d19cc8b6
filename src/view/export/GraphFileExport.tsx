import { useState } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { exportDataset, WRITE_FORMATS, type WriteFormat } from '../../formats/exportDataset';
import type { DatasetGraph } from '../../formats/writers/datasetGraph';
import type { Positions } from '../../model/types';
import { getCanvas } from '../canvas/canvasRegistry';
import { downloadBlob } from '../common/download';

const LABELS: Record<WriteFormat, string> = {
  json: 'Our JSON (lossless: schema, positions, stories)',
  graphology: 'graphology JSON',
  jgf: 'JSON Graph Format v2',
  cyjs: 'Cytoscape (.cyjs, NDEx names)',
  gexf: 'GEXF 1.3 (Gephi)',
  graphml: 'GraphML (yEd, NetworkX)',
  csv: 'CSV (nodes + edges tables)',
  bel: 'BEL statements (INDRA, PyBEL)',
};

/** What the canvas shows now: visible nodes and edges, at the places they are drawn. */
const onScreen = (): { nodes: string[]; edges: string[]; positions: Positions } | undefined => {
  const cy = getCanvas();
  if (!cy) return undefined;
  const positions = Object.create(null) as Positions;
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  return {
    nodes: cy.nodes(':visible').map((n) => n.id()),
    edges: cy.edges(':visible').map((e) => e.id()),
    positions,
  };
};

const baseName = (origin: ReturnType<typeof useDataset>['origin']): string =>
  origin.kind === 'bundled'
    ? 'review-graph'
    : (origin.kind === 'file' ? origin.name : (origin.url.split('/').pop() ?? 'graph')).replace(
        /\.[^.]*$/,
        '',
      ) || 'graph';

/**
 * "Export the graph": the whole graph or what is visible, in any format the writers know
 * (src/formats), every evidence item kept, at the positions drawn now.
 */
export const GraphFileExport = () => {
  const dataset = useDataset();
  const [format, setFormat] = useState<WriteFormat>('json');
  const [scope, setScope] = useState<'all' | 'visible'>('all');
  const save = () => {
    const screen = onScreen();
    const files = exportDataset(format, {
      graph: dataset.graph as unknown as DatasetGraph,
      schema: dataset.schema,
      positions: screen?.positions ?? dataset.positions,
      stories: dataset.stories,
      subset: scope === 'visible' && screen ? { nodes: screen.nodes, edges: screen.edges } : undefined,
    });
    const name = `${baseName(dataset.origin)}${scope === 'visible' ? '-visible' : ''}`;
    for (const file of files)
      downloadBlob(new Blob([file.text], { type: file.mime }), `${name}${file.suffix}`);
  };
  return (
    <fieldset>
      <legend>The graph as a file</legend>
      <label>
        Format{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as WriteFormat)}>
          {WRITE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {LABELS[f]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        <input type="radio" name="graph-scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
        Whole graph
      </label>{' '}
      <label>
        <input
          type="radio"
          name="graph-scope"
          checked={scope === 'visible'}
          onChange={() => setScope('visible')}
        />{' '}
        What is visible
      </label>
      <p>
        <button type="button" onClick={save}>
          Download graph
        </button>
      </p>
    </fieldset>
  );
};
