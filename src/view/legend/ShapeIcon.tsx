import type { NodeShape } from '../../model/vocabulary/schemaFile';

const POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1 15,15 1,15',
  pentagon: '8,1 15,6 12,15 4,15 1,6',
  hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  tag: '1,3 11,3 15,8 11,13 1,13',
};

/** The node shape of a type, drawn small for the legend and lists. */
export const ShapeIcon = ({ shape, colour }: { shape: NodeShape; colour: string }) => (
  <svg className="shape-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
    {POINTS[shape] ? (
      <polygon points={POINTS[shape]} fill={colour} stroke="#222" />
    ) : shape === 'ellipse' ? (
      <circle cx="8" cy="8" r="7" fill={colour} stroke="#222" />
    ) : (
      <rect
        x="1.5"
        y={shape === 'barrel' ? 2.5 : 1.5}
        width="13"
        height={shape === 'barrel' ? 11 : 13}
        rx={shape === 'rectangle' ? 0 : 3}
        fill={colour}
        stroke="#222"
      />
    )}
  </svg>
);
