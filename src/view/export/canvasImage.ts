import type { Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import cytoscape from 'cytoscape';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
import { svgToPngBlob } from '../common/download';
import { leaderLinesSvg, placeLabelsNow } from '../canvas/labels/labelReport';

let registered = false;
const ensureSvg = () => {
  if (!registered) {
    cytoscape.use(svgExtension);
    registered = true;
  }
};

export interface ImageOptions {
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
  legend: boolean;
  /** The dataset's vocabulary, for the legend's colours and names. */
  vocabulary: Vocabulary;
}

/** The types drawn on the canvas now, for the legend. */
const shownTypes = (cy: Core) => [...new Set(cy.nodes(':visible').map((n) => n.data('type') as string))];

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const legendSvg = (cy: Core, vocabulary: Vocabulary, x: number, y: number): string => {
  const rows = shownTypes(cy).map((t, i) => {
    const info = vocabulary.typeInfo(t);
    return `<rect x="${x + 8}" y="${y + 8 + i * 18}" width="12" height="12" fill="${xml(info.colour)}" stroke="#222"/><text x="${x + 26}" y="${y + 18 + i * 18}" font-size="12" font-family="system-ui, sans-serif">${xml(info.plural)}</text>`;
  });
  return `<g><rect x="${x}" y="${y}" width="190" height="${rows.length * 18 + 12}" fill="#ffffff" stroke="#bbbbbb"/>${rows.join('')}</g>`;
};

/** The current view as SVG (cytoscape-svg), optionally with a legend. */
export const canvasSvg = (cy: Core, options: ImageOptions): string => {
  ensureSvg();
  placeLabelsNow();
  const svg = (cy as unknown as { svg: (o: object) => string }).svg({
    full: false,
    scale: options.scale,
    bg: options.background === 'white' ? '#ffffff' : undefined,
  });
  const lines = leaderLinesSvg(options.scale);
  const extra = `${lines}${options.legend ? legendSvg(cy, options.vocabulary, 10, 10) : ''}`;
  return extra ? svg.replace(/<\/svg>\s*$/, `${extra}</svg>`) : svg;
};

/** The current view as PNG at 1×, 2× or 4×, white or transparent, optionally with a legend. */
export const canvasPng = async (cy: Core, options: ImageOptions): Promise<Blob> => {
  placeLabelsNow();
  const lines = leaderLinesSvg(options.scale);
  const blob = cy.png({
    output: 'blob',
    full: false,
    scale: options.scale,
    bg: options.background === 'white' ? '#ffffff' : undefined,
  }) as unknown as Blob;
  if (!options.legend && !lines) return blob;
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  if (lines) {
    const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas.width}" height="${canvas.height}">${lines}</svg>`;
    ctx.drawImage(await createImageBitmap(await svgToPngBlob(overlay, 1, 'transparent')), 0, 0);
  }
  if (!options.legend) return toPng(canvas);
  const legend = new Blob(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="210" height="${shownTypes(cy).length * 18 + 24}">${legendSvg(cy, options.vocabulary, 2, 2)}</svg>`,
    ],
    { type: 'image/svg+xml' },
  );
  const legendPng = await svgToPngBlob(await legend.text(), options.scale, 'transparent');
  ctx.drawImage(await createImageBitmap(legendPng), 10 * options.scale, 10 * options.scale);
  return toPng(canvas);
};

const toPng = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
