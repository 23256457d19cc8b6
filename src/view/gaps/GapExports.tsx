import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import type { ShownMatrix } from '../../model/gaps/arrangeLines';
import { gapMatrixCsv } from '../../model/gaps/gapExport';
import type { GapMatrix } from '../../model/gaps/gapMatrix';
import { gapMatrixSvg } from '../../model/gaps/gapSvg';
import { agendaCsv, agendaMarkdown, researchAgenda } from '../../model/gaps/researchAgenda';
import { downloadBlob, svgToPngBlob } from '../common/download';
import { contextFor } from './useCandidates';
import { useMapItems } from './useGapMatrix';

/**
 * Downloads: the full matrix as CSV (one line per non-empty cell, as `kg gaps --format csv`), the
 * lines shown as SVG or PNG, and the research agenda (typed gaps and candidate gaps with their
 * reasons and citations) as Markdown or CSV.
 */
export const GapExports = ({ matrix, shown }: { matrix: GapMatrix; shown: ShownMatrix }) => {
  const graph = useGraph();
  const vocabulary = useVocabulary();
  const items = useMapItems();
  const base = `gap-map-${matrix.rowType}-x-${matrix.colType}`;
  const title = `Gap map: ${vocabulary.typeInfo(matrix.rowType).plural} × ${vocabulary.typeInfo(matrix.colType).plural}`;
  const entries = (lines: ShownMatrix['rows']) =>
    lines
      .filter((l) => !l.heading)
      .map((l) => ({ id: l.node.id, label: l.node.label, group: '', groupLabel: l.node.groupLabel }));
  const svg = () =>
    gapMatrixSvg(
      { ...matrix, cells: shown.cells },
      entries(shown.rows),
      entries(shown.cols),
      title,
      vocabulary,
    );
  const agenda = () => researchAgenda(graph, matrix, contextFor(graph, matrix, items));
  return (
    <span className="gap-exports" role="group" aria-label="Export the gap map">
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([gapMatrixCsv(matrix, vocabulary)], { type: 'text/csv' }), `${base}.csv`)
        }
      >
        CSV
      </button>
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([svg()], { type: 'image/svg+xml' }), `${base}.svg`)}
      >
        SVG
      </button>
      <button
        type="button"
        onClick={() => void svgToPngBlob(svg(), 2).then((blob) => downloadBlob(blob, `${base}.png`))}
      >
        PNG
      </button>
      <button
        type="button"
        title="Typed gaps and candidate gaps with their reasons and the citations behind every step"
        onClick={() =>
          downloadBlob(
            new Blob([agendaMarkdown(graph, agenda(), title)], { type: 'text/markdown' }),
            `research-agenda-${matrix.rowType}-x-${matrix.colType}.md`,
          )
        }
      >
        Agenda (Markdown)
      </button>
      <button
        type="button"
        title="The research agenda as comma-separated values"
        onClick={() =>
          downloadBlob(
            new Blob([agendaCsv(graph, agenda())], { type: 'text/csv' }),
            `research-agenda-${matrix.rowType}-x-${matrix.colType}.csv`,
          )
        }
      >
        Agenda (spreadsheet)
      </button>
    </span>
  );
};
