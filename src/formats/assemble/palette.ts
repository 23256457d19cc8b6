import type { NodeShape } from '../../model/vocabulary/schemaFile';

/** Okabe & Ito's colour-blind-safe palette, in their order. */
export const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

/** Shapes for inferred types, so that colour is never the only thing that tells types apart. */
const SHAPES: NodeShape[] = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'triangle',
  'hexagon',
  'pentagon',
  'octagon',
  'barrel',
  'star',
  'tag',
  'vee',
  'rhomboid',
];

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export const inkFor = (hex: string): string => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.179 ? '#000000' : '#ffffff';
};

/** Colour and shape of the n-th inferred type: colours cycle through the palette, shapes too. */
export const lookFor = (n: number): { colour: string; ink: string; shape: NodeShape } => {
  const colour = OKABE_ITO[n % OKABE_ITO.length]!;
  return { colour, ink: inkFor(colour), shape: SHAPES[n % SHAPES.length]! };
};
