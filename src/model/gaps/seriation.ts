/**
 * A cluster ordering (seriation) of a matrix by the barycentre method: each row moves to the
 * weighted mean position of its columns, then each column to the mean position of its rows, a few
 * rounds, so that rows with evidence for the same columns end up together (and columns with the
 * same rows). Deterministic: ties keep the previous order. Returns each id's rank.
 */
export const seriate = (
  rows: readonly string[],
  cols: readonly string[],
  weight: (row: string, col: string) => number,
  rounds = 12,
): { rowRank: Map<string, number>; colRank: Map<string, number> } => {
  let r = [...rows];
  let c = [...cols];
  const weights = new Map<string, [string, number][]>();
  const colWeights = new Map<string, [string, number][]>();
  for (const row of rows)
    for (const col of cols) {
      const w = weight(row, col);
      if (w <= 0) continue;
      (weights.get(row) ?? weights.set(row, []).get(row)!).push([col, w]);
      (colWeights.get(col) ?? colWeights.set(col, []).get(col)!).push([row, w]);
    }
  const reorder = (ids: string[], others: string[], links: Map<string, [string, number][]>): string[] => {
    const pos = new Map(others.map((id, i) => [id, i]));
    const centre = new Map<string, number>();
    ids.forEach((id, i) => {
      const list = links.get(id);
      if (!list) return centre.set(id, i * (others.length / Math.max(ids.length, 1)));
      let sum = 0;
      let total = 0;
      for (const [other, w] of list) {
        sum += w * pos.get(other)!;
        total += w;
      }
      return centre.set(id, sum / total);
    });
    const index = new Map(ids.map((id, i) => [id, i]));
    return [...ids].sort((a, b) => centre.get(a)! - centre.get(b)! || index.get(a)! - index.get(b)!);
  };
  for (let round = 0; round < rounds; round++) {
    const nextR = reorder(r, c, weights);
    const nextC = reorder(c, nextR, colWeights);
    const same = nextR.every((id, i) => id === r[i]) && nextC.every((id, i) => id === c[i]);
    r = nextR;
    c = nextC;
    if (same) break;
  }
  return { rowRank: new Map(r.map((id, i) => [id, i])), colRank: new Map(c.map((id, i) => [id, i])) };
};
