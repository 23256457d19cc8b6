import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  currentSizing,
  setCurrentSizing,
  setStylesheetSizes,
  sizeFactor,
  sizeLabel,
  unsizeLabel,
} from '../../src/view/canvas/labels/labelSize';
import { ANCHOR_CLASSES, CALLOUT_CLASSES } from '../../src/view/canvas/labels/labelPositions';
import {
  labelStylesheet,
  PROJECTOR_SIZES,
  SCREEN_SIZES,
  type LabelSizes,
} from '../../src/view/canvas/labels/labelStyle';

const elements = [
  { data: { id: 'hub', label: 'A hub with a long name that wraps', weight: 60 } },
  { data: { id: 'leaf', label: 'Leaf', weight: 0 } },
  { data: { id: 'mid', label: 'Middle entity', weight: 25 } },
  { data: { id: 'e', source: 'hub', target: 'leaf', label: 'enhances' } },
];
const canvas = (zoom: number, sizes: LabelSizes, scale: number): Core =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: structuredClone(elements),
    style: labelStylesheet(zoom, sizes, scale),
  });

const PROPS = [
  'font-size',
  'text-max-width',
  'text-outline-width',
  'text-margin-x',
  'text-margin-y',
] as const;
/** Cytoscape's parsed style value (`pstyle`, missing from its type definitions), in model px. */
const parsed = (n: NodeSingular, p: string): number =>
  (n as unknown as { pstyle: (name: string) => { pfValue: number } }).pstyle(p).pfValue;
const read = (n: NodeSingular) => PROPS.map((p) => parsed(n, p));

/**
 * A shown label's own style must be what the label rules of that zoom would give it: the placement
 * reads the boxes of labels sized one way and the canvas would draw them the other.
 */
describe('label sizes as element styles', () => {
  const cases = [
    { zoom: 0.5, scale: 1, sizes: SCREEN_SIZES },
    { zoom: 1.6817928305074292, scale: 1, sizes: SCREEN_SIZES },
    { zoom: 2, scale: 2, sizes: PROJECTOR_SIZES },
  ];
  it.each(cases)('zoom $zoom, scale $scale, min $sizes.min', ({ zoom, scale, sizes }) => {
    const rules = canvas(zoom, sizes, scale);
    const sized = canvas(1, sizes, 1);
    setStylesheetSizes(sized, sizes.min);
    const positions = [...ANCHOR_CLASSES, ...CALLOUT_CLASSES];
    for (const id of ['hub', 'leaf', 'mid'])
      positions.forEach((cls, index) => {
        const a = rules.getElementById(id) as NodeSingular;
        const b = sized.getElementById(id) as NodeSingular;
        a.classes(['lbl', cls].filter(Boolean));
        b.classes(['lbl', cls].filter(Boolean));
        sizeLabel(b, index, { zoom, scale, min: sizes.min }, sizes);
        const [want, got] = [read(a), read(b)];
        want.forEach((v, k) => expect(got[k], `${id} ${PROPS[k]} at ${cls || 'below'}`).toBeCloseTo(v, 6));
      });
  });

  it('says how much bigger a label will be, and forgets its size when hidden', () => {
    const cy = canvas(1, SCREEN_SIZES, 1);
    setStylesheetSizes(cy, SCREEN_SIZES.min);
    const n = cy.getElementById('mid') as NodeSingular;
    const now = { zoom: 0.5, scale: 1, min: SCREEN_SIZES.min };
    // Unsized, it is drawn at the stylesheet's zoom-1 size: at zoom 0.5 it will be twice as big.
    expect(sizeFactor(cy, n, now)).toBeCloseTo(2, 9);
    sizeLabel(n, 0, now, SCREEN_SIZES);
    expect(sizeFactor(cy, n, now)).toBeCloseTo(1, 9);
    expect(sizeFactor(cy, n, { ...now, min: PROJECTOR_SIZES.min })).toBeCloseTo(16 / 11, 9);
    unsizeLabel(n);
    expect(parsed(n, 'font-size')).toBeCloseTo(SCREEN_SIZES.min + (4 * 25) / 60, 6);
    expect(sizeFactor(cy, n, now)).toBeCloseTo(2, 9);
  });

  it('restyles only the label it sizes: what a pass remembers restyles nothing else', () => {
    // A Cytoscape scratch value on the core restyles every element; a pass must not pay that.
    const cy = canvas(1, SCREEN_SIZES, 1);
    const styled = new Set<string>();
    cy.on('style', (e) => void styled.add((e.target as NodeSingular).id()));
    const now = { zoom: 0.5, scale: 1, min: SCREEN_SIZES.min };
    setStylesheetSizes(cy, SCREEN_SIZES.min);
    setCurrentSizing(cy, now);
    expect(currentSizing(cy)).toEqual(now);
    const n = cy.getElementById('mid') as NodeSingular;
    sizeLabel(n, 0, now, SCREEN_SIZES);
    sizeLabel(n, 0, now, SCREEN_SIZES); // the same size again: nothing to do
    unsizeLabel(n);
    expect([...styled]).toEqual(['mid']);
  });
});
