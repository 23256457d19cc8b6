import { useState } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { bibtex, numberedList, refsOfEdges, ris } from '../../model/citationExport';
import { getCanvas } from '../canvas/canvasRegistry';
import { downloadBlob } from '../common/download';
import { canvasPng, canvasSvg, type ImageOptions } from './canvasImage';
import { GraphFileExport } from './GraphFileExport';

/** The relations on screen now: visible, and not faded by a focus, path or spotlight. */
const onScreenEdges = (): string[] => {
  const cy = getCanvas();
  return cy
    ? cy
        .edges(':visible')
        .filter((e) => !e.hasClass('faded'))
        .map((e) => e.id())
    : [];
};

/** Image exports of the current view, and "cite what's on screen". Loaded on demand. */
const ExportPanel = () => {
  const { graph, vocabulary } = useDataset();
  const [settings, setOptions] = useState<Omit<ImageOptions, 'vocabulary'>>({
    scale: 2,
    background: 'white',
    legend: true,
  });
  const options: ImageOptions = { ...settings, vocabulary };
  const [citation, setCitation] = useState<string | null>(null);
  const image = async (kind: 'png' | 'svg') => {
    const cy = getCanvas();
    if (!cy) return;
    if (kind === 'svg')
      downloadBlob(new Blob([canvasSvg(cy, options)], { type: 'image/svg+xml' }), 'review-graph.svg');
    else downloadBlob(await canvasPng(cy, options), `review-graph@${options.scale}x.png`);
  };
  const refs = () => refsOfEdges(graph, onScreenEdges());
  const cite = (kind: 'list' | 'bib' | 'ris') => {
    const r = refs();
    const text = kind === 'list' ? numberedList(graph, r) : kind === 'bib' ? bibtex(graph, r) : ris(graph, r);
    setCitation(text);
    if (kind !== 'list')
      downloadBlob(
        new Blob([text], { type: 'text/plain' }),
        kind === 'bib' ? 'on-screen.bib' : 'on-screen.ris',
      );
  };
  return (
    <section className="export-body" aria-label="Export">
      <fieldset>
        <legend>Picture of the current view</legend>
        <label>
          Scale{' '}
          <select
            value={options.scale}
            onChange={(e) =>
              setOptions({ ...settings, scale: Number(e.target.value) as ImageOptions['scale'] })
            }
          >
            <option value={1}>1×</option>
            <option value={2}>2×</option>
            <option value={4}>4×</option>
          </select>
        </label>{' '}
        <label>
          Background{' '}
          <select
            value={options.background}
            onChange={(e) =>
              setOptions({ ...settings, background: e.target.value as ImageOptions['background'] })
            }
          >
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={options.legend}
            onChange={() => setOptions({ ...settings, legend: !settings.legend })}
          />{' '}
          Legend
        </label>
        <p>
          <button type="button" onClick={() => void image('png')}>
            Download PNG
          </button>{' '}
          <button type="button" onClick={() => void image('svg')}>
            Download SVG
          </button>
        </p>
      </fieldset>
      <fieldset>
        <legend>Cite what's on screen</legend>
        <p className="muted">
          The references behind every relation now visible (PubMed ids only where trusted).
        </p>
        <p>
          <button type="button" onClick={() => cite('list')}>
            Numbered list
          </button>{' '}
          <button type="button" onClick={() => cite('bib')}>
            BibTeX
          </button>{' '}
          <button type="button" onClick={() => cite('ris')}>
            RIS
          </button>
        </p>
        {citation !== null && (
          <textarea className="citation-output" aria-label="Citations" readOnly rows={8} value={citation} />
        )}
      </fieldset>
      <GraphFileExport />
    </section>
  );
};

export default ExportPanel;
