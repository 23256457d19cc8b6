/** Where a node's label may sit: four anchors around the node, then callouts a little away. */

/** The nearer callouts: two rings close around the node. */
const NEAR_CALLOUTS: readonly (readonly [number, number])[] = [
  [0, 46],
  [0, -46],
  [80, 0],
  [-80, 0],
  [70, 36],
  [-70, 36],
  [70, -36],
  [-70, -36],
  [0, 80],
  [0, -80],
  [130, 0],
  [-130, 0],
  [110, 64],
  [-110, 64],
  [110, -64],
  [-110, -64],
];

/** Two farther rings (every 30°, flattened: labels are wide), for crowded strips such as gap-map steps. */
const FAR_CALLOUTS = [1, 1.6].flatMap((r) =>
  Array.from({ length: 12 }, (_, k) => {
    const a = (k * Math.PI) / 6;
    return [Math.round(190 * r * Math.cos(a)), Math.round(72 * r * Math.sin(a))] as const;
  }),
);

/** Where a callout sits, as an offset of the label's centre from the node's centre (screen px), nearest first. */
export const CALLOUT_OFFSETS: readonly (readonly [number, number])[] = [...NEAR_CALLOUTS, ...FAR_CALLOUTS];

/** Anchor classes, in the order the placement tries them: below (no class), above, right, left. */
export const ANCHOR_CLASSES = ['', 'lbl-t', 'lbl-r', 'lbl-l'] as const;
export const CALLOUT_CLASSES = CALLOUT_OFFSETS.map((_, i) => `lbl-c${i}`);
/** Gap between a node and its label, screen px. */
export const LABEL_GAP = 3;

/** A label's offset from its node at each anchor (below, above, right, left), px at zoom 1. */
export const ANCHOR_MARGINS: readonly (readonly [number, number])[] = [
  [0, LABEL_GAP],
  [0, -LABEL_GAP],
  [LABEL_GAP + 2, 0],
  [-(LABEL_GAP + 2), 0],
];

/** The offset of label position `index` from its node, screen px: an anchor, then a callout. */
export const positionOffset = (index: number): readonly [number, number] =>
  index < ANCHOR_MARGINS.length ? ANCHOR_MARGINS[index]! : CALLOUT_OFFSETS[index - ANCHOR_MARGINS.length]!;
