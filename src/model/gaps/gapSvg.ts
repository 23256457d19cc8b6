import type { Vocabulary } from '../vocabulary/vocabulary';
import type { AxisEntry } from './gapAxes';
import { cellKey, type GapMatrix } from './gapMatrix';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The matrix as a standalone SVG picture: cells coloured by strongest level and labelled with count and level. */
export const gapMatrixSvg = (
  m: GapMatrix,
  rows: readonly AxisEntry[],
  cols: readonly AxisEntry[],
  title: string,
  v: Vocabulary,
): string => {
  const fillOf = (level: string | undefined) => (level && v.level(level)) || undefined;
  const cell = 34;
  const left = 240;
  const top = 190;
  const width = left + cols.length * cell + 20;
  const height = top + rows.length * cell + 70;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="16" font-weight="600">${esc(title)}</text>`,
  ];
  cols.forEach((c, j) => {
    const x = left + j * cell + cell / 2;
    parts.push(
      `<text transform="translate(${x},${top - 8}) rotate(-60)" font-size="11">${esc(c.label)}</text>`,
    );
  });
  rows.forEach((r, i) => {
    const y = top + i * cell;
    parts.push(
      `<text x="${left - 8}" y="${y + cell / 2 + 4}" font-size="11" text-anchor="end">${esc(r.label)}</text>`,
    );
    cols.forEach((c, j) => {
      const x = left + j * cell;
      const value = m.cells.get(cellKey(r.id, c.id));
      const level = fillOf(value?.level);
      const fill = value ? (level?.cellFill ?? '#9e9e9e') : '#f4f4f4';
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${fill}" stroke="#d0d0d0"/>`,
      );
      if (value) {
        const ink = level?.cellInk ?? '#ffffff';
        parts.push(
          `<text x="${x + cell / 2 - 1}" y="${y + 14}" font-size="11" text-anchor="middle" fill="${ink}">${value.count}</text>`,
        );
        parts.push(
          `<text x="${x + cell / 2 - 1}" y="${y + 26}" font-size="8" text-anchor="middle" fill="${ink}">${esc(level?.short ?? '')}</text>`,
        );
      }
    });
  });
  const legendY = top + rows.length * cell + 30;
  v.levels.forEach((l, i) => {
    parts.push(
      `<rect x="${10 + i * 130}" y="${legendY}" width="14" height="14" fill="${l.cellFill}" stroke="#999"/>`,
    );
    parts.push(
      `<text x="${30 + i * 130}" y="${legendY + 12}" font-size="12">${esc(l.label)} (${l.short})</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
};
