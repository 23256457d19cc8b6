import { useVocabulary } from '../../dataset/DatasetContext';
import { gapMatrixCsv } from '../../model/gaps/gapExport';
import { gapMatrixSvg } from '../../model/gaps/gapSvg';
import { downloadBlob, svgToPngBlob } from '../common/download';
import type { AxisEntry } from '../../model/gaps/gapAxes';
import type { GapMatrix } from '../../model/gaps/gapMatrix';

/** Downloads the current matrix as CSV (one line per non-empty cell), SVG or PNG. */
export const GapExports = ({
  matrix,
  rows,
  cols,
}: {
  matrix: GapMatrix;
  rows: AxisEntry[];
  cols: AxisEntry[];
}) => {
  const vocabulary = useVocabulary();
  const base = `gap-map-${matrix.rowType}-x-${matrix.colType}`;
  const title = `Gap map: ${vocabulary.typeInfo(matrix.rowType).plural} × ${vocabulary.typeInfo(matrix.colType).plural}`;
  const svg = () => gapMatrixSvg(matrix, rows, cols, title, vocabulary);
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
    </span>
  );
};
