/** An axis-aligned box in screen pixels (x1 < x2, y1 < y2). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const intersects = (a: Box, b: Box, pad = 0): boolean =>
  a.x1 - pad < b.x2 && b.x1 - pad < a.x2 && a.y1 - pad < b.y2 && b.y1 - pad < a.y2;

export const inside = (a: Box, frame: Box): boolean =>
  a.x1 >= frame.x1 && a.y1 >= frame.y1 && a.x2 <= frame.x2 && a.y2 <= frame.y2;

export const shift = (b: Box, dx: number, dy: number): Box => ({
  x1: b.x1 + dx,
  y1: b.y1 + dy,
  x2: b.x2 + dx,
  y2: b.y2 + dy,
});

export const scaleBox = (b: Box, s: number): Box => ({
  x1: b.x1 * s,
  y1: b.y1 * s,
  x2: b.x2 * s,
  y2: b.y2 * s,
});

/**
 * A uniform hash grid of boxes: near-linear intersection queries for a few hundred labels.
 * Each stored box carries a rank; a query can ignore boxes ranked after the asker.
 */
export class BoxGrid {
  private readonly cells = new Map<number, { box: Box; rank: number; owner: string }[]>();
  constructor(private readonly size = 64) {}

  private keys(b: Box, pad: number): number[] {
    const keys: number[] = [];
    const x1 = Math.floor((b.x1 - pad) / this.size);
    const x2 = Math.floor((b.x2 + pad) / this.size);
    const y1 = Math.floor((b.y1 - pad) / this.size);
    const y2 = Math.floor((b.y2 + pad) / this.size);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) keys.push(x * 100_003 + y);
    return keys;
  }

  add(box: Box, rank: number, owner: string): void {
    for (const k of this.keys(box, 0)) {
      const cell = this.cells.get(k);
      if (cell) cell.push({ box, rank, owner });
      else this.cells.set(k, [{ box, rank, owner }]);
    }
  }

  /** Whether `box` (grown by `pad`) meets a stored box ranked before `rank`, owned by someone else. */
  hits(box: Box, pad: number, rank: number, owner: string): boolean {
    for (const k of this.keys(box, pad)) {
      for (const entry of this.cells.get(k) ?? []) {
        if (entry.rank < rank && entry.owner !== owner && intersects(box, entry.box, pad)) return true;
      }
    }
    return false;
  }
}
